package com.tripavail.ops.backup;

import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup job (daily at BACKUP_TIME in BACKUP_TIME_ZONE, when BACKUP_DIR is set and backups are
 * on) and the restore drill (weekly, Sundays at 04:30 in the same zone, when
 * BACKUP_DRILL_DATABASE_URL is set too). Batch jobs backup.xml and restore-drill.xml.
 */
@ApplicationScoped
public class BackupJobCatalog implements JobCatalog {
    public static final String BACKUP = "backup";
    public static final String DRILL = "restore-drill";

    @Inject
    BackupSettings settings;

    @Override
    public List<JobDefinition> jobs() {
        List<JobDefinition> jobs = new ArrayList<>();
        if (settings.dir().isPresent()) {
            jobs.add(JobDefinition.of(BACKUP, JobSchedule.dailyAt(settings.time(), settings.zone()))
                    .withLease(Duration.ofHours(2)));
            if (settings.drillDatabase().isPresent()) {
                jobs.add(JobDefinition.of(DRILL, JobSchedule.weeklyAt("Sun", LocalTime.of(4, 30), settings.zone()))
                        .withLease(Duration.ofHours(2)));
            }
        }
        return jobs;
    }

    /** The backup job's step; exit status {@code BACKED_UP_<bytes>}. */
    @Named("backupBatchlet")
    @Dependent
    public static class Backup extends AbstractBatchlet {
        @Inject
        BackupService backups;

        @Inject
        JobContext job;

        @Override
        public String process() throws Exception {
            String exit = "BACKED_UP_" + backups.backUp().sizeBytes();
            job.setExitStatus(exit);
            return exit;
        }
    }

    /** The restore drill's step: exit status {@code DRILL_PASSED}; a failed drill fails the execution. */
    @Named("restoreDrillBatchlet")
    @Dependent
    public static class Drill extends AbstractBatchlet {
        @Inject
        RestoreDrill drill;

        @Inject
        JobContext job;

        @Override
        public String process() throws Exception {
            job.setExitStatus("DRILL_FAILED");
            drill.drill();
            job.setExitStatus("DRILL_PASSED");
            return "DRILL_PASSED";
        }
    }
}
