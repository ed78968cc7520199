package com.tripavail.platform.jobs;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps exactly one persistent interval timer on a timer bean. Servers starting together
 * serialise on a PostgreSQL advisory lock (held until the caller's transaction ends), and a timer
 * whose interval changed in configuration is replaced. Called after the start-up guard, never
 * from an automatic {@code @Schedule} timer, which would need the database before the guard ran.
 */
public final class IntervalTimers {
    private static final Logger LOG = Logger.getLogger(IntervalTimers.class.getName());

    private IntervalTimers() {}

    /** The timer info that names a job and its interval, e.g. {@code notification-dispatch@10000}. */
    public static String info(String job, Duration interval) {
        return job + "@" + interval.toMillis();
    }

    /** Must run in a transaction (the advisory lock is transaction-scoped). */
    public static void ensureOne(TimerService timers, EntityManager em, long lockKey, String job, Duration interval) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l")
                .setParameter(1, lockKey)
                .getSingleResult();
        String wanted = info(job, interval);
        boolean present = false;
        for (Timer t : timers.getTimers()) {
            if (!present && wanted.equals(t.getInfo())) {
                present = true;
            } else {
                t.cancel();
            }
        }
        if (!present) {
            timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(wanted, true));
            LOG.info(() -> "Scheduled " + job + " every " + interval);
        }
    }
}
