package com.tripavail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one {@link BenchSimulation} phase in this JVM (Gatling's own launcher, the HTML report under
 * the results folder) and reads the figures of one request name back from the report's stats.
 */
final class GatlingRun {
    /** One request's figures in one phase; latencies in ms, throughput over the phase's duration. */
    record Stats(String request, long ok, long ko, double perSecond, long p50, long p95, long p99, long max) {
        static Stats none(String request) {
            return new Stats(request, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)<");

    private final Path results;

    GatlingRun(Path results) {
        this.results = results;
    }

    /** A closed-loop phase: {@code users} clients back to back; returns the report folder. */
    Path closed(String scenario, int users, Duration during) throws IOException {
        System.setProperty("bench.load", "closed");
        System.setProperty("bench.users", Integer.toString(users));
        return run(scenario, during, scenario + " closed " + users);
    }

    /** An open-loop phase: {@code rate} arrivals per second; returns the report folder. */
    Path open(String scenario, double rate, Duration during) throws IOException {
        System.setProperty("bench.load", "open");
        System.setProperty("bench.rate", Double.toString(rate));
        return run(scenario, during, scenario + " open " + Math.round(rate) + "/s");
    }

    private Path run(String scenario, Duration during, String description) throws IOException {
        System.setProperty("bench.scenario", scenario);
        System.setProperty("bench.seconds", Long.toString(during.toSeconds()));
        Files.createDirectories(results);
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", BenchSimulation.class.getName(),
            "--results-folder", results.toString(),
            "--run-description", description
        });
        if (code != 0) {
            throw new IllegalStateException("Gatling ended with " + code + " in " + description);
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow();
        }
    }

    /** The figures of request {@code name} ("*": all requests) from the report's statistics table. */
    static Stats stats(Path report, String name, Duration during) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        String wanted = "*".equals(name) ? "All Requests" : name;
        for (String row : html.split("<tr")) {
            Matcher label = NAME.matcher(row);
            if (!label.find() || !wanted.equals(label.group(1).trim())) {
                continue;
            }
            Map<Integer, Long> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                String v = cell.group(2).trim().replace(",", "");
                cells.put(
                        Integer.parseInt(cell.group(1)),
                        v.isEmpty() || "-".equals(v) ? 0 : Math.round(Double.parseDouble(v)));
            }
            long ok = cells.getOrDefault(3, 0L);
            long ko = cells.getOrDefault(4, 0L);
            return new Stats(
                    name,
                    ok,
                    ko,
                    (ok + ko) / (double) during.toSeconds(),
                    cells.getOrDefault(8, 0L),
                    cells.getOrDefault(10, 0L),
                    cells.getOrDefault(11, 0L),
                    cells.getOrDefault(12, 0L));
        }
        return Stats.none(name);
    }
}
