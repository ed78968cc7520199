package com.tripavail.platform.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Listener of every job (each job XML names it): records how the execution ended and releases the
 * job's claim. A step that failed leaves the job FAILED; otherwise the job completed.
 */
@Named("jobRunListener")
@Dependent
public class JobRunListener implements JobListener {
    @Inject
    JobContext context;

    @Inject
    JobRuns runs;

    @Inject
    JobMetrics metrics;

    @Override
    public void beforeJob() {}

    @Override
    public void afterJob() {
        BatchStatus status = context.getBatchStatus();
        String ended = status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED
                ? (status == BatchStatus.FAILED ? "FAILED" : "STOPPED")
                : "COMPLETED";
        String exit = context.getExitStatus() == null ? ended : context.getExitStatus();
        runs.ended(context.getJobName(), context.getExecutionId(), ended, exit);
        metrics.ended(context.getJobName(), ended);
    }
}
