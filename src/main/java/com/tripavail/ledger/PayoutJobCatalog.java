package com.tripavail.ledger;

import com.tripavail.platform.config.Durations;
import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The payouts job (batch job payouts.xml: schedule, then send) every PAYOUT_INTERVAL. */
@ApplicationScoped
public class PayoutJobCatalog implements JobCatalog {
    public static final String PAYOUTS = "payouts";

    @Inject
    @ConfigProperty(name = "PAYOUT_INTERVAL", defaultValue = "PT24H")
    String interval;

    @Override
    public List<JobDefinition> jobs() {
        return List.of(JobDefinition.of(PAYOUTS, JobSchedule.every(Durations.parse("PAYOUT_INTERVAL", interval))));
    }
}
