package com.tripavail.platform.jobs;

import com.tripavail.platform.problem.DomainException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a job's Jakarta Batch execution under its cluster-wide claim, whether a timer fired or an
 * administrator asked: one run of a job at a time across every instance and colour.
 */
@ApplicationScoped
public class JobLauncher {
    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject
    JobRuns runs;

    /** Starts the job now; its execution id. {@code 409 job_running} while a run holds the claim. */
    public long start(JobDefinition job) {
        if (!runs.claim(job.name(), job.lease())) {
            throw DomainException.conflict("job_running", "A run of " + job.name() + " is in progress");
        }
        try {
            long execution = BatchRuntime.getJobOperator().start(job.name(), new Properties());
            runs.started(job.name(), execution);
            return execution;
        } catch (RuntimeException e) {
            runs.release(job.name());
            LOG.log(Level.WARNING, "Could not start job " + job.name(), e);
            throw e;
        }
    }

    /** Starts the job now, or when a run is in progress, that run's execution id. */
    public long startOrJoin(JobDefinition job) {
        try {
            return start(job);
        } catch (DomainException running) {
            JobRuns.LastRun last = runs.lastRuns().get(job.name());
            if (last == null || !last.running() || last.executionId() == null) {
                throw running;
            }
            return last.executionId();
        }
    }
}
