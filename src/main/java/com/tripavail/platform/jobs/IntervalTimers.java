package com.tripavail.platform.jobs;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/**
 * Keeps exactly one persistent interval timer per bean. Called at start-up (after the start-up
 * guard) inside a transaction: a PostgreSQL advisory transaction lock serialises servers starting
 * together, then every other timer of the bean is cancelled (an older interval, a duplicate) and the
 * wanted one created when missing. The info names the interval, so a changed interval replaces the
 * timer. Persistent timers are stored in PostgreSQL, so a tick fires once across all servers.
 */
public final class IntervalTimers {
    private IntervalTimers() {
    }

    /** True when the timer had to be created. */
    public static boolean ensureOnly(TimerService timers, EntityManager em, long lockKey, String info, Duration interval) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l").setParameter(1, lockKey)
                .getSingleResult();
        boolean present = false;
        for (Timer t : timers.getTimers()) {
            if (!present && info.equals(t.getInfo())) {
                present = true;
            } else {
                t.cancel();
            }
        }
        if (!present) {
            timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
        }
        return !present;
    }
}
