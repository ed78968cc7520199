package com.tripavail.testenv;

import io.restassured.filter.Filter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the in-server tests change about the server: a cheap bcrypt cost, a bootstrap administrator,
 * the contract's rate limits, and a search indexer that ticks every 2 s in batches of 5. Every request gets its own client address (X-Forwarded-For from
 * the trusted loopback peer) unless the test sets one, so the anonymous limit of 10/min per address
 * is real and yet no test throttles another; RateLimitIT sets the address itself.
 */
public final class TestSettings {
    public static final String ADMIN_EMAIL = "root-admin@tripavail.test";
    public static final String ADMIN_PASSWORD = "Bootstrap-Passw0rd-7";
    public static final int ANON_LIMIT = 10;
    public static final int AUTH_LIMIT = 100;
    public static final int PROVIDER_LIMIT = 500;
    public static final int LOGIN_LIMIT = 3;
    public static final String WEBHOOK_SECRET = "whsec_it_only_0123456789abcdef";
    public static final int NOTIFICATION_MAX_ATTEMPTS = 3;
    /** the Liberty admin center's one user (basic registry, administrator and batchAdmin) */
    public static final String ADMIN_CENTER_USER = "ops-admin";

    public static final String ADMIN_CENTER_PASSWORD = "AdminCenter-Passw0rd-9";
    /** the Prometheus scraper's account (reader role of /metrics) */
    public static final String METRICS_USER = "prometheus";

    public static final String METRICS_PASSWORD = "Metrics-Scraper-Passw0rd-5";

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    /** 10.x.y.z addresses, unique per request of this test JVM. */
    public static final Filter OWN_CLIENT_ADDRESS = (request, response, ctx) -> {
        if (!request.getHeaders().hasHeaderWithName("X-Forwarded-For")) {
            request.header("X-Forwarded-For", nextAddress());
        }
        return ctx.next(request, response);
    };

    private TestSettings() {}

    public static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    static void apply(LibertyProcess liberty) {
        liberty.env("PASSWORD_HASH_COST", "4");
        liberty.env("ADMIN_EMAIL", ADMIN_EMAIL);
        liberty.env("ADMIN_PASSWORD", ADMIN_PASSWORD);
        liberty.env("RATE_LIMIT_ANON", ANON_LIMIT + "/min");
        liberty.env("RATE_LIMIT_AUTH", AUTH_LIMIT + "/min");
        liberty.env("RATE_LIMIT_PROVIDER", PROVIDER_LIMIT + "/min");
        liberty.env("RATE_LIMIT_LOGIN", LOGIN_LIMIT + "/5min");
        liberty.env("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
        liberty.env("CORS_ORIGINS", "http://localhost:4000,https://app.tripavail.test");
        liberty.env("NOTIFICATION_MAX_ATTEMPTS", Integer.toString(NOTIFICATION_MAX_ATTEMPTS));
        // search tests wait for the indexer: tick often, and small batches so runs interleave
        liberty.env("SEARCH_INDEX_INTERVAL", "PT2S");
        liberty.env("SEARCH_INDEX_BATCH", "5");
        liberty.env("ADMIN_CENTER_USER", ADMIN_CENTER_USER);
        liberty.env("ADMIN_CENTER_PASSWORD", ADMIN_CENTER_PASSWORD);
        liberty.env("METRICS_USER", METRICS_USER);
        liberty.env("METRICS_PASSWORD", METRICS_PASSWORD);
    }

    /**
     * Backups into the work directory and restore drills into a scratch database on the embedded
     * server, with the PostgreSQL 17 client tools/install-pg-client.sh unpacked (the test command runs
     * it; -Dtripavail.pgBinDir). Without that client the backup jobs are not declared.
     */
    static void backups(LibertyProcess liberty, EmbeddedServices services, java.nio.file.Path workDir) {
        String bin = System.getProperty("tripavail.pgBinDir", "");
        if (bin.isBlank() || !java.nio.file.Files.isExecutable(java.nio.file.Path.of(bin, "pg_dump"))) {
            return;
        }
        liberty.env("PG_BIN_DIR", bin);
        liberty.env("BACKUP_DIR", workDir.resolve("backups").toAbsolutePath().toString());
        liberty.env(
                "BACKUP_DRILL_DATABASE_URL",
                services.jdbcUrl().replaceAll("/[^/]+$", "/" + DRILL_DATABASE) + "?user=" + services.user());
    }

    public static final String DRILL_DATABASE = "tripavail_drill";
}
