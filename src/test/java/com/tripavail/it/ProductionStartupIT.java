package com.tripavail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
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
        Path source = wlp.resolve("usr/servers").resolve(System.getProperty("tripavail.server", "tripavail"));
        Path guard = wlp.resolve("usr/servers/tripavail-guard");
        copyServer(source, guard);
        LibertyProcess liberty = new LibertyProcess(wlp, "tripavail-guard")
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

    private static void copyServer(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("logs") || rel.startsWith("workarea")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
