package com.tripavail.platform.jobs;

import jakarta.annotation.Resource;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one scheduler of background jobs: one persistent EJB timer per declared job (stored in
 * PostgreSQL, so each firing runs on one instance of any colour), its info {@code <job>@<schedule>}.
 * At start-up it reconciles the timers with the declarations under a PostgreSQL advisory lock, so
 * instances starting together do it once: missing timers are created, stale and duplicate ones
 * cancelled. A firing starts the job's batch execution through {@link JobLauncher} unless the job
 * is switched off, this instance has JOBS_ENABLED=false, there is nothing to do, or a run is in
 * progress.
 */
@Singleton
public class JobScheduler {
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final long SCHEDULE_LOCK = 0x6a6f6273L; // "jobs"

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    Jobs jobs;

    @Inject
    JobSwitches switches;

    @Inject
    JobLauncher launcher;

    @Inject
    @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
    boolean enabled;

    /** Called once at start-up by {@link JobStartup}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void reconcile() {
        Map<String, JobDefinition> wanted = new HashMap<>();
        jobs.all().forEach(j -> wanted.put(j.timerInfo(), j));
        if (!enabled) {
            LOG.info("JOBS_ENABLED=false: this server neither schedules nor runs background jobs");
            return;
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l")
                .setParameter(1, SCHEDULE_LOCK)
                .getSingleResult();
        Set<String> present = new HashSet<>();
        for (Timer t : timers.getTimers()) {
            String info = String.valueOf(t.getInfo());
            if (!wanted.containsKey(info) || !present.add(info)) {
                t.cancel();
                LOG.info(() -> "Cancelled the stale timer " + info);
            }
        }
        wanted.forEach((info, job) -> {
            if (!present.contains(info)) {
                TimerConfig config = new TimerConfig(info, true);
                if (job.schedule() instanceof JobSchedule.Every every) {
                    long ms = every.interval().toMillis();
                    timers.createIntervalTimer(ms, ms, config);
                } else if (job.schedule() instanceof JobSchedule.Calendar calendar) {
                    timers.createCalendarTimer(calendar.expression(), config);
                }
                LOG.info(() -> "Scheduled " + job.name() + " " + job.schedule());
            }
        });
    }

    /** When each job's timer fires next (jobs of any instance: the timers live in the database). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Instant> nextRuns() {
        Map<String, Instant> next = new HashMap<>();
        for (Timer t : timers.getTimers()) {
            String info = String.valueOf(t.getInfo());
            try {
                next.put(
                        info.substring(0, Math.max(0, info.indexOf('@'))),
                        t.getNextTimeout().toInstant());
            } catch (RuntimeException e) {
                // a timer cancelled meanwhile, or with no further timeout
            }
        }
        return next;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        String info = String.valueOf(timer.getInfo());
        Optional<JobDefinition> job = jobs.find(info.substring(0, Math.max(0, info.indexOf('@'))));
        try {
            if (!enabled
                    || job.isEmpty()
                    || !switches.isEnabled(job.get().name())
                    || !job.get().hasWork().getAsBoolean()) {
                return;
            }
            launcher.start(job.get());
        } catch (RuntimeException e) {
            // a run in progress (409) or a failing start must not cancel the timer; the next firing tries again
            LOG.log(Level.FINE, "Timer " + info + " started nothing", e);
        }
    }
}
