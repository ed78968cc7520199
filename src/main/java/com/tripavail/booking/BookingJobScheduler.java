package com.tripavail.booking;

import com.tripavail.platform.config.Durations;
import com.tripavail.platform.jobs.JobSwitches;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Persistent EJB interval timers (stored in PostgreSQL, so each firing runs once across servers)
 * that start the booking batch jobs and the ledger's payouts job (it pays what bookings earned).
 * Intervals come from configuration; at start-up, under a PostgreSQL advisory transaction lock so
 * servers starting together do it once, timers whose interval no longer matches are replaced and
 * missing ones created. A timer's info is {@code <job>@<interval ms>}.
 */
@Singleton
public class BookingJobScheduler {
    private static final Logger LOG = Logger.getLogger(BookingJobScheduler.class.getName());
    private static final long SCHEDULE_LOCK = 0x7472697061L; // "tripa"

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    JobSwitches switches;

    @Inject
    @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "HOLD_EXPIRY_INTERVAL", defaultValue = "PT10S")
    String holdExpiryInterval;

    @Inject
    @ConfigProperty(name = "COMPLETION_INTERVAL", defaultValue = "PT1H")
    String completionInterval;

    @Inject
    @ConfigProperty(name = "RECONCILIATION_INTERVAL", defaultValue = "PT1M")
    String reconciliationInterval;

    @Inject
    @ConfigProperty(name = "PAYOUT_INTERVAL", defaultValue = "PT24H")
    String payoutInterval;

    /** Called once at start-up by {@link JobSchedulerStartup}, after the start-up guard and migrations. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule() {
        Map<String, Duration> wanted = new LinkedHashMap<>();
        wanted.put("hold-expiry", Durations.parse("HOLD_EXPIRY_INTERVAL", holdExpiryInterval));
        wanted.put("booking-completion", Durations.parse("COMPLETION_INTERVAL", completionInterval));
        wanted.put("payment-reconciliation", Durations.parse("RECONCILIATION_INTERVAL", reconciliationInterval));
        wanted.put("payouts", Durations.parse("PAYOUT_INTERVAL", payoutInterval));
        if (!enabled) {
            LOG.info("JOBS_ENABLED=false: booking jobs do not run on this server");
            return;
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l")
                .setParameter(1, SCHEDULE_LOCK)
                .getSingleResult();
        Map<String, Timer> existing = new LinkedHashMap<>();
        for (Timer t : timers.getTimers()) {
            String info = String.valueOf(t.getInfo());
            String job = info.contains("@") ? info.substring(0, info.indexOf('@')) : info;
            if (!wanted.containsKey(job)
                    || existing.containsKey(job)
                    || !info.equals(job + "@" + wanted.get(job).toMillis())) {
                t.cancel();
            } else {
                existing.put(job, t);
            }
        }
        wanted.forEach((job, interval) -> {
            if (!existing.containsKey(job)) {
                timers.createIntervalTimer(
                        interval.toMillis(),
                        interval.toMillis(),
                        new TimerConfig(job + "@" + interval.toMillis(), true));
                LOG.info(() -> "Scheduled " + job + " every " + interval);
            }
        });
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        String info = String.valueOf(timer.getInfo());
        String job = info.contains("@") ? info.substring(0, info.indexOf('@')) : info;
        if (!enabled || !switches.isEnabled(job)) {
            return;
        }
        start(job);
    }

    /** Starts a job now; its execution id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String job) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            return operator.start(job, new Properties());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start job " + job, e);
            throw e;
        }
    }
}
