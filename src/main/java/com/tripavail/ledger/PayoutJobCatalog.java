package com.tripavail.ledger;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.jobs.JobCatalog;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The payouts job (batch job payouts.xml: schedule, then send) every PAYOUT_INTERVAL. */
@ApplicationScoped
public class PayoutJobCatalog implements JobCatalog {
    public static final String PAYOUTS = "payouts";

    @Override
    public List<JobDefinition> jobs() {
        return List.of(JobDefinition.of(PAYOUTS, JobSchedule.every(Setting.duration("PAYOUT_INTERVAL", "PT24H"))));
    }
}
