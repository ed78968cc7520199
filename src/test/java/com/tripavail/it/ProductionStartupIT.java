package com.tripavail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A production start with required variables missing or weak fails fast, naming each variable and
 * never printing a value. Runs a second copy of the installed server so the shared one is untouched.
 */
class ProductionStartupIT {
    private static final String WEAK_SECRET = "weak-secret-value";

    @Test
    void missingAndWeakSecretsStopTheStart() throws Exception {
        Path wlp = Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp"));
        LibertyProcess liberty = LibertyProcess.copyOf(wlp, System.getProperty("tripavail.server", "tripavail"), "tripavail-guard")
                .env("APP_ENV", "production")
                .env("PORT", Integer.toString(EmbeddedServices.freePort()))
                .env("HTTPS_PORT", Integer.toString(EmbeddedServices.freePort()))
                .env("REDIS_URL", "redis://127.0.0.1:1")
                .env("STORAGE_SIGNING_KEY", WEAK_SECRET);
        try {
            liberty.startWithoutWaiting();
            Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> liberty.readMessagesLog().contains("TripAvail cannot start"));
            String log = liberty.readMessagesLog();
            assertThat(log).contains("DATABASE_URL is required in production")
                    .contains("JWT_PRIVATE_KEY is required in production")
                    .contains("STORAGE_SIGNING_KEY is too weak")
                    .contains("STRIPE_WEBHOOK_SECRET is required in production")
                    .doesNotContain(WEAK_SECRET);
            assertThat(log).contains("CWWKZ0012I: The application tripavail was not started");
        } finally {
            liberty.stop();
        }
    }
}
