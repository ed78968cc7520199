package com.tripavail.booking;

import com.tripavail.platform.config.Durations;
import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The booking jobs (batch jobs of the same names, see BookingBatchlets) and their intervals. */
@ApplicationScoped
public class BookingJobCatalog implements JobCatalog {
    public static final String HOLD_EXPIRY = "hold-expiry";
    public static final String COMPLETION = "booking-completion";
    public static final String RECONCILIATION = "payment-reconciliation";

    @Inject
    @ConfigProperty(name = "HOLD_EXPIRY_INTERVAL", defaultValue = "PT10S")
    String holdExpiryInterval;

    @Inject
    @ConfigProperty(name = "COMPLETION_INTERVAL", defaultValue = "PT1H")
    String completionInterval;

    @Inject
    @ConfigProperty(name = "RECONCILIATION_INTERVAL", defaultValue = "PT1M")
    String reconciliationInterval;

    @Override
    public List<JobDefinition> jobs() {
        return List.of(
                JobDefinition.of(
                        HOLD_EXPIRY, JobSchedule.every(Durations.parse("HOLD_EXPIRY_INTERVAL", holdExpiryInterval))),
                JobDefinition.of(
                        COMPLETION, JobSchedule.every(Durations.parse("COMPLETION_INTERVAL", completionInterval))),
                JobDefinition.of(
                        RECONCILIATION,
                        JobSchedule.every(Durations.parse("RECONCILIATION_INTERVAL", reconciliationInterval))));
    }
}
