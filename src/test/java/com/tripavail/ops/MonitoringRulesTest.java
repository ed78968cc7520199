package com.tripavail.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules' contract with the on-call engineer, beyond what promtool checks
 * (monitoring/check.sh runs promtool check/test rules): every alert has a severity, a summary and a
 * runbook_url to a section that exists in docs/runbook.md, and the promtool tests make every alert
 * fire on a synthetic series and stay quiet on a healthy one.
 */
class MonitoringRulesTest {
    private static final Path MONITORING = Path.of("monitoring/prometheus");
    private static final Pattern FIRING = Pattern.compile("alertname=\"(\\w+)\",alertstate=\"firing\"");

    @Test
    void everyAlertHasASeverityASummaryAndARunbookSectionThatExists() {
        Set<String> sections = runbookAnchors();
        List<Map<String, Object>> alerts = alerts();
        assertThat(alerts).hasSizeGreaterThan(25);
        for (Map<String, Object> alert : alerts) {
            String name = (String) alert.get("alert");
            Map<String, Object> labels = map(alert.get("labels"));
            Map<String, Object> annotations = map(alert.get("annotations"));
            assertThat(labels.get("severity")).as(name + " severity").isIn("critical", "warning");
            assertThat((String) annotations.get("summary"))
                    .as(name + " summary")
                    .isNotBlank();
            String url = (String) annotations.get("runbook_url");
            assertThat(url).as(name + " runbook_url").startsWith("docs/runbook.md#");
            assertThat(sections).as(name + " runbook section").contains(url.substring(url.indexOf('#') + 1));
        }
    }

    @Test
    void everyAlertIsTestedFiringAndQuiet() {
        Set<String> firing = new HashSet<>();
        Set<String> quiet = new HashSet<>();
        for (Map<String, Object> group : testGroups()) {
            for (Object o : list(group.get("alert_rule_test"))) {
                Map<String, Object> t = map(o);
                (list(t.get("exp_alerts")).isEmpty() ? quiet : firing).add((String) t.get("alertname"));
            }
            for (Object o : list(group.get("promql_expr_test"))) {
                for (Object sample : list(map(o).get("exp_samples"))) {
                    Matcher m = FIRING.matcher(String.valueOf(map(sample).get("labels")));
                    while (m.find()) {
                        firing.add(m.group(1));
                    }
                }
            }
        }
        List<String> names = alerts().stream().map(a -> (String) a.get("alert")).toList();
        assertThat(firing).as("alerts tested firing").containsAll(names);
        assertThat(quiet).as("alerts tested quiet").containsAll(names);
    }

    private static List<Map<String, Object>> alerts() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Path file : files(MONITORING.resolve("rules"), ".rules.yml")) {
            for (Object group : list(load(file).get("groups"))) {
                for (Object rule : list(map(group).get("rules"))) {
                    if (map(rule).containsKey("alert")) {
                        alerts.add(map(rule));
                    }
                }
            }
        }
        return alerts;
    }

    private static List<Map<String, Object>> testGroups() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Path file : files(MONITORING.resolve("tests"), ".test.yml")) {
            list(load(file).get("tests")).forEach(t -> groups.add(map(t)));
        }
        return groups;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> runbookAnchors() {
        Set<String> anchors = new HashSet<>();
        for (String line : read(Path.of("docs/runbook.md")).split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files =
                    s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(files).as(dir + "/*" + suffix).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> load(Path file) {
        return new Yaml().load(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
