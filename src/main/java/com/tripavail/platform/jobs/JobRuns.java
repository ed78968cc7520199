package com.tripavail.platform.jobs;

import static com.tripavail.platform.persistence.SqlTimes.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster-wide claim that lets one run of a job at a time, and the record of each job's last run,
 * in {@code job_runs} (one row per job). A claim is one conditional upsert: whichever instance
 * commits first holds it; it is released when the run's execution ends ({@link JobRunListener}) or,
 * when the server running it died, once the job's lease has passed.
 */
@ApplicationScoped
public class JobRuns {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** The last run of a job as recorded here; {@code running} while the claim is held. */
    public record LastRun(
            boolean running, Long executionId, Instant start, Instant end, String batchStatus, String exitStatus) {}

    /** Takes the job's claim; false when a run holds it within its lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration lease) {
        return em.createNativeQuery(
                                "INSERT INTO job_runs (job_name, claimed_at) VALUES (?1, now())"
                                        + " ON CONFLICT (job_name) DO UPDATE SET claimed_at = now()"
                                        + " WHERE job_runs.claimed_at IS NULL"
                                        + " OR job_runs.claimed_at < now() - make_interval(secs => CAST(?2 AS double precision))")
                        .setParameter(1, job)
                        .setParameter(2, (double) lease.toSeconds())
                        .executeUpdate()
                == 1;
    }

    /** Records the execution that now runs under the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(String job, long executionId) {
        em.createNativeQuery(
                        "UPDATE job_runs SET last_execution_id = ?1, last_started_at = now(), last_ended_at = NULL,"
                                + " last_status = 'STARTING', last_exit_status = NULL WHERE job_name = ?2")
                .setParameter(1, executionId)
                .setParameter(2, job)
                .executeUpdate();
    }

    /** Releases the claim without a run (the execution could not be started). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createNativeQuery("UPDATE job_runs SET claimed_at = NULL WHERE job_name = ?1")
                .setParameter(1, job)
                .executeUpdate();
    }

    /** Records how an execution ended and releases the claim, if that execution still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(String job, long executionId, String batchStatus, String exitStatus) {
        em.createNativeQuery("UPDATE job_runs SET last_ended_at = now(), last_status = ?1, last_exit_status = ?2,"
                        + " last_success_at = CASE WHEN ?1 = 'COMPLETED' THEN now() ELSE last_success_at END,"
                        + " claimed_at = NULL WHERE job_name = ?3 AND last_execution_id = ?4")
                .setParameter(1, batchStatus)
                .setParameter(2, exitStatus)
                .setParameter(3, job)
                .setParameter(4, executionId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Map<String, LastRun> lastRuns() {
        List<Object[]> rows = em.createNativeQuery("SELECT job_name, claimed_at, last_execution_id, last_started_at,"
                        + " last_ended_at, last_status, last_exit_status FROM job_runs")
                .getResultList();
        Map<String, LastRun> runs = new HashMap<>();
        for (Object[] r : rows) {
            runs.put(
                    (String) r[0],
                    new LastRun(
                            r[1] != null,
                            r[2] == null ? null : ((Number) r[2]).longValue(),
                            instant(r[3]),
                            instant(r[4]),
                            (String) r[5],
                            (String) r[6]));
        }
        return runs;
    }

    /** Seconds since the epoch of each job's last successful run. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> lastSuccesses() {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT job_name, CAST(EXTRACT(EPOCH FROM last_success_at) AS bigint)"
                                + " FROM job_runs WHERE last_success_at IS NOT NULL")
                .getResultList();
        Map<String, Long> last = new HashMap<>();
        rows.forEach(r -> last.put((String) r[0], ((Number) r[1]).longValue()));
        return last;
    }
}
