package com.tripavail.dev;

import com.tripavail.platform.config.DatabaseUrl;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The environment a local Liberty gets: embedded services or the caller's DATABASE_URL/REDIS_URL. */
public final class ServerEnvironment {
    private ServerEnvironment() {}

    public static void configure(LibertyProcess liberty, EmbeddedServices services, Path workDir, int port) {
        liberty.env("PORT", Integer.toString(port));
        liberty.env("APP_ENV", System.getenv().getOrDefault("APP_ENV", "development"));
        String databaseUrl =
                services == null ? System.getenv("DATABASE_URL") : services.jdbcUrl() + "?user=" + services.user();
        DatabaseUrl db = DatabaseUrl.parse(databaseUrl);
        liberty.env("DATABASE_URL", databaseUrl);
        liberty.env("DB_JDBC_URL", db.jdbcUrl());
        if (db.user() != null) {
            liberty.env("DB_USER", db.user());
        }
        if (db.password() != null) {
            liberty.env("DB_PASSWORD", db.password());
        }
        String replicaUrl = System.getenv("DATABASE_READ_URL");
        if (replicaUrl != null && !replicaUrl.isBlank()) {
            DatabaseUrl replica = DatabaseUrl.parse(replicaUrl);
            liberty.env("DB_READ_JDBC_URL", replica.jdbcUrl());
            if (replica.user() != null) {
                liberty.env("DB_READ_USER", replica.user());
            }
            if (replica.password() != null) {
                liberty.env("DB_READ_PASSWORD", replica.password());
            }
        }
        liberty.env("REDIS_URL", services == null ? System.getenv("REDIS_URL") : services.redisUrl());
        liberty.env("TRIPAVAIL_WORK_DIR", workDir.toString());
    }

    /**
     * A private copy {@code server} of the installed server, stopped if a killed run left it running,
     * configured for {@code services} on the given ports, with cheap password hashing: runs that
     * register many accounts measure something else than sign-in.
     */
    public static LibertyProcess copy(
            Path wlp, String server, EmbeddedServices services, Path workDir, int httpPort, int httpsPort)
            throws IOException, InterruptedException {
        LibertyProcess liberty = LibertyProcess.copyOf(wlp, "tripavail", server);
        liberty.stop();
        configure(liberty, services, workDir, httpPort);
        liberty.env("HTTPS_PORT", Integer.toString(httpsPort));
        liberty.env("PASSWORD_HASH_COST", "4");
        return liberty;
    }

    /** Deletes {@code dir} and everything below it, if it exists. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> old = Files.walk(dir)) {
            old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
