package com.tripavail.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the job list shows: each declared job with its schedule, switch, last run and next firing. */
@ApplicationScoped
public class JobOverview {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Inject
    Jobs jobs;

    @Inject
    JobSwitches switches;

    @Inject
    JobRuns runs;

    @Inject
    JobScheduler scheduler;

    /** A run: {@code items} is the sum of the counts in its exit status (e.g. HANDLED_12), null while running. */
    public record Run(long executionId, Instant start, Instant end, String status, String exitStatus, Integer items) {}

    public record Job(String name, String schedule, boolean enabled, boolean running, Run lastRun, Instant nextRun) {}

    public List<Job> list() {
        Map<String, JobRuns.LastRun> last = runs.lastRuns();
        Map<String, Instant> next = scheduler.nextRuns();
        return jobs.all().stream()
                .map(j -> {
                    JobRuns.LastRun r = last.get(j.name());
                    return new Job(
                            j.name(),
                            j.schedule().toString(),
                            switches.isEnabled(j.name()),
                            r != null && r.running(),
                            r == null || r.executionId() == null ? null : run(r),
                            next.get(j.name()));
                })
                .toList();
    }

    private static Run run(JobRuns.LastRun r) {
        return new Run(r.executionId(), r.start(), r.end(), r.batchStatus(), r.exitStatus(), items(r.exitStatus()));
    }

    static Integer items(String exitStatus) {
        if (exitStatus == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(exitStatus);
        int sum = 0;
        boolean any = false;
        while (m.find()) {
            sum += Integer.parseInt(m.group());
            any = true;
        }
        return any ? sum : null;
    }
}
