package com.tripavail.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Claims a daily job's run for a day in {@code job_runs}: one conditional UPDATE, so whichever
 * instance commits first runs it and every other instance sees the day taken.
 */
@ApplicationScoped
public class DailyJobClaim {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String jobName, LocalDate day) {
        return em.createNativeQuery("UPDATE job_runs SET last_run_on = ?, last_started_at = now()"
                                + " WHERE job_name = ? AND (last_run_on IS NULL OR last_run_on < ?)")
                        .setParameter(1, Date.valueOf(day))
                        .setParameter(2, jobName)
                        .setParameter(3, Date.valueOf(day))
                        .executeUpdate()
                == 1;
    }
}
