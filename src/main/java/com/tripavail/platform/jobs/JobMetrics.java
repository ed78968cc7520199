package com.tripavail.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code tripavail_job_runs_total{job,status}} (succeeded, failed, stopped: counted where the run
 * ended) and {@code tripavail_job_last_success_timestamp_seconds{job}} (from job_runs, so every
 * instance tells the cluster's answer; read at most every 5 s).
 */
@ApplicationScoped
public class JobMetrics {
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    MetricRegistry registry;

    @Inject
    JobRuns runs;

    private volatile Map<String, Long> lastSuccess = Map.of();
    private volatile long readAt;

    /** Registers each declared job's gauge (called once the jobs are known, at start-up). */
    void register(Iterable<JobDefinition> jobs) {
        for (JobDefinition job : jobs) {
            registry.gauge(
                    "tripavail_job_last_success_timestamp_seconds",
                    this,
                    m -> m.lastSuccess(job.name()),
                    new Tag("job", job.name()));
        }
    }

    void ended(String job, String batchStatus) {
        String status = switch (batchStatus) {
            case "COMPLETED" -> "succeeded";
            case "FAILED" -> "failed";
            default -> "stopped";
        };
        registry.counter("tripavail_job_runs_total", new Tag("job", job), new Tag("status", status))
                .inc();
    }

    long lastSuccess(String job) {
        long now = System.currentTimeMillis();
        if (now - readAt > REFRESH_MILLIS) {
            lastSuccess = runs.lastSuccesses();
            readAt = now;
        }
        return lastSuccess.getOrDefault(job, 0L);
    }
}
