package com.tripavail.platform.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Starts Jakarta Batch jobs (job repository in PostgreSQL, shared by every server) and asks what runs. */
@ApplicationScoped
public class BatchJobs {

    /** Starts the job now, asynchronously; its execution id. */
    public long start(String job) {
        return BatchRuntime.getJobOperator().start(job, new Properties());
    }

    /**
     * Whether an execution of the job, on any server, is running and was created within
     * {@code recent}. Older running executions are ignored: a server that died mid-run leaves its
     * execution marked running until that same server starts again, which may be never.
     */
    public boolean runningSince(String job, Duration recent) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant cutoff = Instant.now().minus(recent);
        try {
            for (Long id : operator.getRunningExecutions(job)) {
                JobExecution e = operator.getJobExecution(id);
                Date created = e.getCreateTime();
                if (created != null && created.toInstant().isAfter(cutoff)) {
                    return true;
                }
            }
            return false;
        } catch (NoSuchJobException e) {
            return false; // never ran in this job repository
        }
    }
}
