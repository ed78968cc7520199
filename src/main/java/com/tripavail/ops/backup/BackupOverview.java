package com.tripavail.ops.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What GET /v1/admin/backups shows: the backups still on disk with their manifests, and the drills. */
@ApplicationScoped
public class BackupOverview {
    static final int LIMIT = 100;

    @Inject
    BackupRecords records;

    public record Backup(
            String file,
            Instant takenAt,
            String release,
            long sizeBytes,
            String sha256,
            long durationMs,
            Map<String, Long> rowCounts,
            Map<String, String> checksums) {}

    public record Backups(List<Backup> backups, List<BackupRecords.Drill> drills) {}

    public Backups list() {
        return new Backups(
                records.backups(false, LIMIT).stream()
                        .map(b -> {
                            DatabaseFacts facts =
                                    DatabaseFacts.fromJson(b.manifest().getJsonObject("facts"));
                            return new Backup(
                                    b.file(),
                                    b.takenAt(),
                                    b.release(),
                                    b.sizeBytes(),
                                    b.sha256(),
                                    b.durationMs(),
                                    facts.rowCounts(),
                                    facts.checksums());
                        })
                        .toList(),
                records.drills(LIMIT));
    }
}
