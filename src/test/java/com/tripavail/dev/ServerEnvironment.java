package com.tripavail.dev;

import com.tripavail.platform.config.DatabaseUrl;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.nio.file.Path;

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
}
