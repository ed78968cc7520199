package com.tripavail.provider;

import com.tripavail.platform.jobs.DailyJobClaim;
import com.tripavail.platform.jobs.IntervalTimers;
import com.tripavail.platform.jobs.JobSwitches;
import com.tripavail.platform.jobs.ScheduledWork;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
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
@LocalBean
// a business interface too, or TimerStartup never finds the bean (see ScheduledWork)
@Local(ScheduledWork.class)
public class DocumentExpiryTimer implements ScheduledWork {
    private static final Logger LOG = Logger.getLogger(DocumentExpiryTimer.class.getName());
    private static final Duration TICK = Duration.ofMinutes(10);
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

    /** Ensures exactly one tick timer exists. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule() {
        if (jobsEnabled) {
            IntervalTimers.ensureOne(timers, em, SCHEDULE_LOCK, DocumentExpiryJob.NAME + "-tick", TICK);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        try {
            if (!jobsEnabled
                    || !switches.isEnabled(DocumentExpiryJob.NAME)
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
