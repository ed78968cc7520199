package com.tripavail.notification;

import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Dispatches the notification outbox every NOTIFICATION_DISPATCH_INTERVAL (batch job notification-dispatch.xml). */
@ApplicationScoped
public class NotificationJobCatalog implements JobCatalog {
    public static final String DISPATCH = "notification-dispatch";

    @Inject
    NotificationSettings settings;

    @Override
    public List<JobDefinition> jobs() {
        return List.of(JobDefinition.of(DISPATCH, JobSchedule.every(settings.interval())));
    }

    /** The job's step; exit status {@code HANDLED_<n>}. */
    @Named("notificationDispatchBatchlet")
    @Dependent
    public static class Dispatch extends AbstractBatchlet {
        @Inject
        NotificationDispatcher dispatcher;

        @Inject
        JobContext job;

        @Override
        public String process() {
            String exit = "HANDLED_" + dispatcher.dispatchDue();
            job.setExitStatus(exit);
            return exit;
        }
    }
}
