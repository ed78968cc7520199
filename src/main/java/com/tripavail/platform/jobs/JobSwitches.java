package com.tripavail.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Cluster-wide on/off switches for background jobs, in the database so every server sees the same
 * answer. A job without a row is on.
 */
@ApplicationScoped
public class JobSwitches {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public boolean isEnabled(String job) {
        List<?> rows = em.createNativeQuery("SELECT enabled FROM job_switches WHERE name = ?1")
                .setParameter(1, job)
                .getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    @Transactional
    public void set(String job, boolean enabled) {
        em.createNativeQuery(
                        "INSERT INTO job_switches (name, enabled, updated_at) VALUES (?1, ?2, ?3)"
                                + " ON CONFLICT (name) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at")
                .setParameter(1, job)
                .setParameter(2, enabled)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
