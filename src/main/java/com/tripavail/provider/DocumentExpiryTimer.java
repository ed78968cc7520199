package com.tripavail.provider;

import com.tripavail.platform.jobs.DailyJobClaim;
import com.tripavail.platform.jobs.JobSwitches;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the daily document expiry check. The persistent timer (PostgreSQL-backed, so one firing
 * per tick across instances) is only a technical tick; the business cadence is configuration:
 * once a day from DOCUMENT_CHECK_TIME (UTC), the day claimed in job_runs so that even if two
 * instances fire, only one runs it. A tick missed while every instance was down fires once later.
 */
@Singleton
public class DocumentExpiryTimer {
    private static final Logger LOG = Logger.getLogger(DocumentExpiryTimer.class.getName());

    @Inject
    DailyJobClaim claim;

    @Inject
    DocumentExpiryJob job;

    @Inject
    DocumentPolicy policy;

    @Inject
    JobSwitches switches;

    @Inject
    @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
    boolean jobsEnabled;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "document-expiry tick")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        try {
            if (!jobsEnabled || !switches.isEnabled(DocumentExpiryJob.NAME)
                    || LocalTime.now(clock.withZone(ZoneOffset.UTC)).isBefore(policy.checkTime())) {
                return;
            }
            if (claim.claim(DocumentExpiryJob.NAME, LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
                job.run();
            }
        } catch (RuntimeException e) {
            // a failing run must not cancel the timer; the next day's run covers what this one missed
            LOG.log(Level.SEVERE, "Document expiry check failed", e);
        }
    }
}
