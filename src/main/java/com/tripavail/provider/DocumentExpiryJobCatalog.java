package com.tripavail.provider;

import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import com.tripavail.provider.DocumentDtos.ExpiryRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;

/**
 * The document expiry check, daily at DOCUMENT_CHECK_TIME (UTC), batch job document-expiry.xml. The
 * calendar timer is persistent: one firing a day across instances, and a firing missed while every
 * instance was down runs once later.
 */
@ApplicationScoped
public class DocumentExpiryJobCatalog implements JobCatalog {
    @Inject
    DocumentPolicy policy;

    @Override
    public List<JobDefinition> jobs() {
        return List.of(
                JobDefinition.of(DocumentExpiryJob.NAME, JobSchedule.dailyAt(policy.checkTime(), ZoneId.of("UTC"))));
    }

    /** The job's step; exit status {@code WARNED_<w>_SUSPENDED_<s>}. */
    @Named("documentExpiryBatchlet")
    @Dependent
    public static class Check extends AbstractBatchlet {
        @Inject
        DocumentExpiryJob check;

        @Inject
        JobContext job;

        @Override
        public String process() {
            ExpiryRun run = check.run();
            String exit = "WARNED_" + run.warned() + "_SUSPENDED_" + run.suspended();
            job.setExitStatus(exit);
            return exit;
        }
    }
}
