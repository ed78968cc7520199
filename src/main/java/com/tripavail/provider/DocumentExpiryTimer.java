package com.tripavail.provider;

import com.tripavail.platform.jobs.DailyJobClaim;
import com.tripavail.platform.jobs.IntervalTimers;
import com.tripavail.platform.jobs.JobSwitches;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
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
 * The timer is created programmatically after the start-up guard (an automatic timer would need
 * the database before the guard could explain what is missing).
 */
@Singleton
public class DocumentExpiryTimer {
    private static final Logger LOG = Logger.getLogger(DocumentExpiryTimer.class.getName());
    private static final long TICK_MILLIS = 10 * 60 * 1000L;
    private static final String TICK = DocumentExpiryJob.NAME + "-tick@" + TICK_MILLIS;
    private static final long SCHEDULE_LOCK = 0x646f6373L; // "docs"

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

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

    /** Ensures exactly one tick timer exists; servers starting together serialise on an advisory lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule() {
        if (!jobsEnabled) {
            return;
        }
        if (IntervalTimers.ensureOnly(timers, em, SCHEDULE_LOCK, TICK, Duration.ofMillis(TICK_MILLIS))) {
            LOG.info("Scheduled the document expiry check tick every 10 minutes");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
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
