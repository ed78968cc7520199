package com.tripavail.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's table: per fault how often, how long until ready again, what the checks found; then the final invariants. */
final class FaultReport {
    private record Injected(Duration recovery, int snapshotViolations, String note) {}

    private final Map<String, List<Injected>> faults = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();
    private final Instant started = Instant.now();

    synchronized void injected(String fault, Duration recovery, List<String> snapshotViolations, String note) {
        faults.computeIfAbsent(fault, k -> new ArrayList<>())
                .add(new Injected(recovery, snapshotViolations.size(), note));
        String line = String.format(
                "%s: ready again after %.1f s; %s; checks under load: %s",
                fault, recovery.toMillis() / 1000.0, note, snapshotViolations.isEmpty() ? "ok" : snapshotViolations);
        log.add(line);
        System.out.println("[faults] " + line);
    }

    String markdown(
            String mode,
            int travelers,
            Duration convergence,
            Map<String, List<String>> invariants,
            Map<String, Long> traffic,
            String late) {
        StringBuilder md = new StringBuilder();
        Duration total = Duration.between(started, Instant.now());
        md.append("Mode `")
                .append(mode)
                .append("`, ")
                .append(travelers)
                .append(" travelers, ")
                .append(total.toMinutes())
                .append(" min ")
                .append(total.toSecondsPart())
                .append(" s in total")
                .append(", convergence after the load took ")
                .append(convergence.toSeconds())
                .append(" s.\n\n");
        md.append("| fault | count | recovery (min / avg / max) | checks under load (inventory, journals, chains) |\n");
        md.append("|---|---:|---|---|\n");
        faults.forEach((name, list) -> {
            LongSummary s = new LongSummary(
                    list.stream().map(i -> i.recovery().toMillis()).toList());
            int bad = list.stream().mapToInt(Injected::snapshotViolations).sum();
            md.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(list.size())
                    .append(" | ")
                    .append(String.format("%.1f / %.1f / %.1f s", s.min / 1000.0, s.avg / 1000.0, s.max / 1000.0))
                    .append(" | ")
                    .append(bad == 0 ? "0 violations" : bad + " violations")
                    .append(" |\n");
        });
        md.append("\n| invariant after recovery and convergence | result |\n|---|---|\n");
        invariants.forEach((name, violations) -> md.append("| ")
                .append(name)
                .append(" | ")
                .append(violations.isEmpty() ? "holds" : "**" + violations.size() + " violated**")
                .append(" |\n"));
        if (!late.isBlank()) {
            md.append("\nLate `charge.succeeded` events delivered for the processor (answers): ")
                    .append(late)
                    .append('\n');
        }
        md.append("\nTraffic (answers the travelers got, retries, give-ups):\n\n```\n");
        traffic.forEach((k, v) -> md.append(String.format("%-60s %d%n", k, v)));
        md.append("```\n");
        boolean anyViolation = invariants.values().stream().anyMatch(v -> !v.isEmpty());
        if (anyViolation) {
            md.append("\nViolations (first 20 per invariant):\n\n");
            invariants.forEach((name, violations) -> {
                if (!violations.isEmpty()) {
                    md.append("- ").append(name).append(":\n");
                    violations.stream()
                            .limit(8)
                            .forEach(v -> md.append("  - ").append(v).append('\n'));
                }
            });
        }
        md.append("\nFault log:\n\n");
        log.forEach(l -> md.append("- ").append(l).append('\n'));
        return md.toString();
    }

    static void write(Path file, String markdown) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
    }

    private static final class LongSummary {
        final long min;
        final long max;
        final long avg;

        LongSummary(List<Long> values) {
            min = values.stream().mapToLong(Long::longValue).min().orElse(0);
            max = values.stream().mapToLong(Long::longValue).max().orElse(0);
            avg = (long) values.stream().mapToLong(Long::longValue).average().orElse(0);
        }
    }
}
