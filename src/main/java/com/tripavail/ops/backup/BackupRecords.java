package com.tripavail.ops.backup;

import static com.tripavail.platform.persistence.SqlTimes.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The backups taken and the restore drills run, in {@code backups} and {@code restore_drills}. */
@ApplicationScoped
public class BackupRecords {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public record Backup(
            String file,
            Instant takenAt,
            String release,
            long sizeBytes,
            String sha256,
            long durationMs,
            JsonObject manifest,
            Instant prunedAt) {}

    public record Drill(String backupFile, Instant startedAt, Instant finishedAt, boolean passed, String detail) {}

    /** Bumped by every write on this instance: the metrics re-read at once instead of waiting out their cache. */
    private final AtomicLong changes = new AtomicLong();

    public long changes() {
        return changes.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void taken(Backup b) {
        em.createNativeQuery(
                        "INSERT INTO backups (file_name, taken_at, release, size_bytes, sha256, duration_ms, manifest)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, b.file())
                .setParameter(2, Timestamp.from(b.takenAt()))
                .setParameter(3, b.release())
                .setParameter(4, b.sizeBytes())
                .setParameter(5, b.sha256())
                .setParameter(6, b.durationMs())
                .setParameter(7, b.manifest().toString())
                .executeUpdate();
        changes.incrementAndGet();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pruned(String file) {
        em.createNativeQuery("UPDATE backups SET pruned_at = now() WHERE file_name = ?1 AND pruned_at IS NULL")
                .setParameter(1, file)
                .executeUpdate();
        changes.incrementAndGet();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void drilled(Drill d) {
        em.createNativeQuery("INSERT INTO restore_drills (backup_file, started_at, finished_at, passed, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, d.backupFile())
                .setParameter(2, Timestamp.from(d.startedAt()))
                .setParameter(3, Timestamp.from(d.finishedAt()))
                .setParameter(4, d.passed())
                .setParameter(5, d.detail().length() > 2000 ? d.detail().substring(0, 2000) : d.detail())
                .executeUpdate();
        changes.incrementAndGet();
    }

    /** Newest first. */
    @SuppressWarnings("unchecked")
    public List<Backup> backups(boolean includePruned, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT file_name, taken_at, release, size_bytes, sha256, duration_ms,"
                                + " manifest, pruned_at FROM backups"
                                + (includePruned ? "" : " WHERE pruned_at IS NULL")
                                + " ORDER BY taken_at DESC, id DESC LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Backup(
                        (String) r[0],
                        instant(r[1]),
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        Json.createReader(new StringReader((String) r[6])).readObject(),
                        instant(r[7])))
                .toList();
    }

    public Optional<Backup> latest() {
        return backups(false, 1).stream().findFirst();
    }

    /** Newest first. */
    @SuppressWarnings("unchecked")
    public List<Drill> drills(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT backup_file, started_at, finished_at, passed, detail"
                        + " FROM restore_drills ORDER BY started_at DESC, id DESC LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Drill(
                        (String) r[0], instant(r[1]), instant(r[2]), Boolean.TRUE.equals(r[3]), (String) r[4]))
                .toList();
    }
}
