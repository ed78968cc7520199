package com.tripavail.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: {@code mvn -B -Pbench verify} (docs/performance.md). Starts {@link BenchServer},
 * seeds, then per scenario a closed-loop phase (maximum throughput) and an open-loop phase at half of
 * it (latency percentiles), /health/live first and last for the ratios, statement counts, pgbench,
 * time to ready and RSS against an empty Liberty; writes target/bench/summary.md.
 */
public final class BenchMain {
    /** The scenarios in the order they run: each feeds the next one its quotes, holds, confirmations. */
    static final List<String> SCENARIOS = List.of(
            "health", "version", "listing", "search", "detail", "quote", "hold", "confirm", "cancel", "hotrow",
            "mixed");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Path summary = run(
                BenchPlan.of(System.getProperty("bench.mode", "full")),
                Path.of(System.getProperty("bench.dir", "target/bench")),
                Integer.getInteger("bench.httpPort", 4330),
                Integer.getInteger("bench.httpsPort", 4730));
        System.out.println(Files.readString(summary));
        System.exit(0); // Gatling's and the HTTP clients' threads
    }

    /** Runs the whole benchmark; returns the summary's path. */
    public static Path run(BenchPlan plan, Path dir, int httpPort, int httpsPort) throws Exception {
        Path wlp = Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp"));
        Files.createDirectories(dir);
        BenchReport report = new BenchReport(plan);
        report.loadAverage("start");
        Path jfr = plan.smoke() ? null : dir.resolve("bench.jfr").toAbsolutePath();
        try (BenchServer server = new BenchServer(dir.resolve("work"), wlp, httpPort, httpsPort)) {
            server.start(jfr);
            report.timeToReady(server.timeToReady());
            long seedStart = System.nanoTime();
            report.dataSet(
                    new BenchSeeder(server.baseUri(), plan).seed(), Duration.ofNanos(System.nanoTime() - seedStart));
            awaitSearchIndex(server);
            GatlingRun gatling = new GatlingRun(dir.resolve("gatling"));
            gatling.closed("mixed", plan.concurrency(), plan.closedLoop()); // warm-up, not reported
            report.loadAverage("after warm-up");
            for (String scenario : SCENARIOS) {
                if ("hotrow".equals(scenario)) {
                    gatling.closed("hotquote", plan.concurrency(), plan.closedLoop()); // the hot quotes to hold
                }
                String measured = "mixed".equals(scenario) ? "*" : scenario;
                Instant closedStart = Instant.now();
                GatlingRun.Stats max = GatlingRun.stats(
                        gatling.closed(scenario, plan.concurrency(), plan.closedLoop()), measured, plan.closedLoop());
                double rate = Math.max(1, max.perSecond() / 2);
                Instant openStart = Instant.now();
                GatlingRun.Stats half =
                        GatlingRun.stats(gatling.open(scenario, rate, plan.openLoop()), measured, plan.openLoop());
                report.scenario(scenario, max, half);
                report.window(scenario, closedStart, openStart, Instant.now());
                System.out.printf(
                        "%-8s max %.0f/s (%d KO), at half: p99 %d ms%n",
                        scenario, max.perSecond(), max.ko(), half.p99());
            }
            report.loadAverage("after the scenarios");
            report.rss(server.rssMiB());
            report.memory("TripAvail after the load", server.memoryBreakdown());
            try (var c = server.db()) {
                report.oversold(StatementCounter.oversoldNights(c));
            }
            StatementCounter counter = new StatementCounter(server, plan.statementSamples());
            Map<String, Double> statements = counter.count();
            report.statements(statements, counter.holdStatements);
            report.pgbench(new PgBench(server, dir, plan.pgbench()).run(8));
            server.stopLiberty(); // writes the flight recording
            report.emptyLiberty(server.emptyLiberty());
            report.memory("empty Liberty once ready", server.emptyMemory());
        }
        report.loadAverage("end");
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, report.markdown(Instant.now(), jfr));
        return summary;
    }

    /** The search scenario needs the seeded packages indexed: waits for the city of the last provider. */
    private static void awaitSearchIndex(BenchServer server) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String city = BenchData.cities.get(BenchData.cities.size() - 1);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/search?q=" + city))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains(city + " stay")) {
                return;
            }
            Thread.sleep(1000);
        }
        System.out.println("The search index did not show " + city + " within 3 minutes; search figures may be low");
    }
}
