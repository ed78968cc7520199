package com.tripavail.booking;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** The booking jobs (batch jobs of the same names, see BookingBatchlets) and their intervals. */
@ApplicationScoped
public class BookingJobCatalog implements JobCatalog {
    public static final String HOLD_EXPIRY = "hold-expiry";
    public static final String COMPLETION = "booking-completion";
    public static final String RECONCILIATION = "payment-reconciliation";

    /** How often expired holds are swept ({@code HOLD_EXPIRY_INTERVAL}); the metrics report it too. */
    static Duration holdExpiryInterval() {
        return Setting.duration("HOLD_EXPIRY_INTERVAL", "PT10S");
    }

    @Override
    public List<JobDefinition> jobs() {
        return List.of(
                JobDefinition.of(HOLD_EXPIRY, JobSchedule.every(holdExpiryInterval())),
                JobDefinition.of(COMPLETION, JobSchedule.every(Setting.duration("COMPLETION_INTERVAL", "PT1H"))),
                JobDefinition.of(
                        RECONCILIATION, JobSchedule.every(Setting.duration("RECONCILIATION_INTERVAL", "PT1M"))));
    }
}
