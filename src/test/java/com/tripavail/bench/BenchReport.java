package com.tripavail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a run's figures and writes them as Markdown (target/bench/summary.md). */
final class BenchReport {
    /** The targets as ratios to /health/live measured in the same run. */
    private static final Map<String, Double> RATIO_TARGETS =
            Map.of("version", 0.75, "listing", 0.35, "quote", 0.25, "hold", 0.15, "confirm", 0.08);

    private static final List<String> P99_TARGETS = List.of("quote", "hold", "confirm");

    private final BenchPlan plan;
    private final Map<String, GatlingRun.Stats[]> scenarios = new LinkedHashMap<>();
    private final List<String> loads = new ArrayList<>();
    private Duration timeToReady;
    private String dataSet;
    private long rss;
    private long oversold;
    private long[] empty;
    private Map<String, Double> statements = Map.of();
    private List<String> holdStatements = List.of();
    private List<PgBench.Result> pgbench = List.of();
    private final List<String> windows = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();

    BenchReport(BenchPlan plan) {
        this.plan = plan;
    }

    void loadAverage(String when) {
        try {
            loads.add(when + ": " + Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException e) {
            loads.add(when + ": unknown");
        }
    }

    void timeToReady(Duration d) {
        timeToReady = d;
    }

    void dataSet(String description, Duration took) {
        dataSet = description + " (seeded through the API in " + took.toSeconds() + " s)";
    }

    void scenario(String name, GatlingRun.Stats max, GatlingRun.Stats half) {
        scenarios.put(name, new GatlingRun.Stats[] {max, half});
    }

    /** When a scenario's phases ran (UTC), so a flight recording can be cut per scenario (tools/jfr-top.py). */
    void window(String scenario, Instant closedStart, Instant openStart, Instant end) {
        windows.add(
                String.format("| %s | %s | %s | %s |%n", scenario, clock(closedStart), clock(openStart), clock(end)));
    }

    private static String clock(Instant t) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(
                t.atOffset(ZoneOffset.UTC).toLocalTime().withNano(0));
    }

    void memory(String which, String breakdown) {
        memory.add("- " + which + ": " + breakdown + "\n");
    }

    void rss(long mib) {
        rss = mib;
    }

    void oversold(long nights) {
        oversold = nights;
    }

    void statements(Map<String, Double> perRequest, List<String> hold) {
        statements = perRequest;
        holdStatements = hold;
    }

    void pgbench(List<PgBench.Result> results) {
        pgbench = results;
    }

    void emptyLiberty(long[] readyMsAndRss) {
        empty = readyMsAndRss;
    }

    String markdown(Instant at, Path jfr) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# TripAvail benchmark, ").append(plan.mode()).append(" mode\n\n");
        md.append("- When: ").append(at).append('\n');
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Load average (1/5/15 min, runnable/total, last pid): ")
                .append(String.join("; ", loads))
                .append('\n');
        md.append("- Data set: ").append(dataSet).append('\n');
        md.append("- Load: Gatling ")
                .append(plan.concurrency())
                .append(" closed-loop clients for ")
                .append(plan.closedLoop().toSeconds())
                .append(" s (maximum), then open loop at half of it for ")
                .append(plan.openLoop().toSeconds())
                .append(" s (latency); keep-alive connections, client on the same machine\n\n");
        double health = scenarios.containsKey("health") ? scenarios.get("health")[0].perSecond() : 0;
        md.append(
                "| scenario | max req/s | ratio to /health/live | target | errors | open loop req/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (var e : scenarios.entrySet()) {
            GatlingRun.Stats max = e.getValue()[0];
            GatlingRun.Stats half = e.getValue()[1];
            double ratio = health == 0 ? 0 : max.perSecond() / health;
            md.append(String.format(
                    "| %s | %.0f | %.2f | %s | %d | %.0f | %d | %d | %d | %d |%n",
                    e.getKey(),
                    max.perSecond(),
                    ratio,
                    target(e.getKey(), ratio, half),
                    max.ko() + half.ko(),
                    half.perSecond(),
                    half.p50(),
                    half.p95(),
                    half.p99(),
                    half.max()));
        }
        md.append("\nErrors: requests not answered as expected (hot row: 200 or 409) in both phases. ")
                .append("The hold, confirm and cancel rows use the quotes, holds and confirmations the previous ")
                .append(
                        "scenario made; hot row: every client holds the one night of one package. Oversold nights after the run: ")
                .append(oversold)
                .append(".\n\n");
        md.append(
                "## Database ceiling (pgbench, same machine, same PostgreSQL)\n\n| script | tps | note |\n|---|---:|---|\n");
        for (PgBench.Result r : pgbench) {
            md.append(String.format("| %s | %.0f | %s |%n", r.name(), r.tps(), r.note()));
        }
        GatlingRun.Stats[] hot = scenarios.get("hotrow");
        if (hot != null && pgbench.size() > 1 && pgbench.get(1).tps() > 0) {
            md.append(String.format(
                    "%nHot-row holds / pgbench conditional UPDATE: %.2f (target ≥ 0.50).%n",
                    hot[0].perSecond() / pgbench.get(1).tps()));
        }
        md.append("\n## SQL statements per request (pg_stat_statements)\n\n| request | statements |\n|---|---:|\n");
        statements.forEach((k, v) -> md.append(String.format("| %s | %.1f |%n", k, v)));
        md.append("\nOne hold's statements (calls per hold):\n\n");
        holdStatements.forEach(s -> md.append("- ").append(s).append('\n'));
        md.append("\n## Start and memory\n\n| | time to ready | RSS |\n|---|---:|---:|\n");
        md.append(String.format(
                "| TripAvail (after the load) | %.1f s | %d MiB |%n", timeToReady.toMillis() / 1000.0, rss));
        if (empty != null) {
            md.append(
                    String.format("| empty Liberty, same features | %.1f s | %d MiB |%n", empty[0] / 1000.0, empty[1]));
            md.append(String.format(
                    "| ratio (targets ≤ 2.0 and ≤ 1.5) | %.2f | %.2f |%n",
                    timeToReady.toMillis() / (double) empty[0], rss / (double) empty[1]));
        }
        if (!memory.isEmpty()) {
            md.append("\nWhere the memory is (jcmd GC.heap_info, VM.metaspace):\n\n");
            memory.forEach(md::append);
        }
        if (!windows.isEmpty()) {
            md.append(
                    "\n## Phase windows (UTC)\n\n| scenario | closed loop from | open loop from | until |\n|---|---|---|---|\n");
            windows.forEach(md::append);
            md.append(
                    "\nOne scenario's profile: `tools/jfr-top.py target/bench/bench.jfr --from <closed> --to <open>`.\n");
        }
        if (jfr != null) {
            md.append("\nFlight recording of the bench server: `")
                    .append(jfr.getFileName())
                    .append("` (`jfr print --events jdk.ExecutionSample`).\n");
        }
        md.append("\nGatling's HTML reports: target/bench/gatling/ (one folder per phase).\n");
        return md.toString();
    }

    private static String target(String scenario, double ratio, GatlingRun.Stats half) {
        List<String> parts = new ArrayList<>();
        Double min = RATIO_TARGETS.get(scenario);
        if (min != null) {
            parts.add("≥ " + min + (ratio >= min ? " met" : " **not met**"));
        }
        if (P99_TARGETS.contains(scenario)) {
            parts.add("p99 ≤ 100" + (half.p99() <= 100 ? " met" : " **not met**"));
        }
        return String.join(", ", parts);
    }

    private static String machine() {
        try {
            String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), "
                    + Long.parseLong(mem) / 1024 / 1024 + " GiB RAM, Java " + System.getProperty("java.version")
                    + ", PostgreSQL 17 (embedded, fsync on), Redis (embedded)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
