package com.tripavail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.EmbeddedServices;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness in its smoke mode (a few seconds per phase on a server of its own), so the
 * benchmark command never rots. No thresholds: only that every part ran and the table was written.
 */
class BenchmarkSmokeIT {
    @Test
    void theHarnessRunsEveryScenarioAndWritesTheTable() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-smoke"));
        Path summary =
                BenchMain.run(BenchPlan.of("smoke"), dir, EmbeddedServices.freePort(), EmbeddedServices.freePort());

        String md = Files.readString(summary);
        System.out.println(md);
        for (String scenario : BenchMain.SCENARIOS) {
            assertThat(md).contains("| " + scenario + " | ");
        }
        assertThat(md).contains("SQL statements per request", "Database ceiling", "empty Liberty, same features");
        assertThat(md).contains("Oversold nights after the run: 0.");
        try (var reports = Files.list(dir.resolve("gatling"))) {
            assertThat(reports.filter(r -> Files.exists(r.resolve("index.html")))
                            .count())
                    .as("a Gatling HTML report per phase")
                    .isGreaterThanOrEqualTo(2L * BenchMain.SCENARIOS.size());
        }
    }
}
