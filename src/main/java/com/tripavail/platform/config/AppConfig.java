package com.tripavail.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Platform-wide settings, read once from MicroProfile Config (environment variables first). */
@ApplicationScoped
public class AppConfig {
    @Inject
    @ConfigProperty(name = "APP_ENV", defaultValue = "development")
    String appEnv;

    @Inject
    @ConfigProperty(name = "REQUEST_ID_HEADER", defaultValue = "X-Request-Id")
    String requestIdHeader;

    @Inject
    @ConfigProperty(name = "MAX_BODY_BYTES", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "DEPLOY_COLOR", defaultValue = "none")
    String deployColor;

    public AppEnvironment environment() {
        return AppEnvironment.parse(appEnv);
    }

    public String requestIdHeader() {
        return requestIdHeader;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public String deployColor() {
        return deployColor;
    }
}
