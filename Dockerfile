# TripAvail API image: build the WAR and migration tool with Maven, run them on an Open Liberty
# kernel-slim image holding only the features server.xml names. All configuration comes from
# environment variables (see docs/DEPLOYING.md); no secret is baked into the image.

# ---- build ---------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY liberty-config ./liberty-config
COPY db-changelog ./db-changelog
COPY src ./src
# The release build: WAR, Liberty server package and the migration tool (target/migrate).
RUN mvn -B -Prelease -DskipTests package

# ---- runtime -------------------------------------------------------------------------------
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="tripavail-api" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"

# server.xml first, so features.sh installs exactly the features it names (cached layer)
COPY --chown=1001:0 liberty-config/server.xml liberty-config/jvm.options /config/
RUN features.sh

COPY --chown=1001:0 --from=build /src/target/liberty/wlp/usr/servers/tripavail/lib/global/ /config/lib/global/
COPY --chown=1001:0 --from=build /src/target/tripavail.war /config/apps/tripavail.war
# the migration tool, for one-off runs: docker compose run --rm migrate
COPY --chown=1001:0 --from=build /src/target/migrate/ /opt/tripavail/migrate/

# Defaults only; every value is overridden by the environment of the container.
ENV PORT=4100 \
    HTTPS_PORT=4443 \
    LISTEN_HOST=* \
    APP_ENV=production \
    MIGRATE_ON_START=false \
    DEMO_DATA=false \
    ENABLE_TASK_EXECUTION=true \
    WLP_LOGGING_CONSOLE_FORMAT=JSON \
    WLP_LOGGING_CONSOLE_SOURCE=message,ffdc,audit

RUN configure.sh

USER 1001
EXPOSE 4100

# curl is not assumed in the base image: a plain HTTP/1.0 request over bash's /dev/tcp.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD ["/bin/bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
