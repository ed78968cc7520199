package com.tripavail.ops.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Backup and drill gauges from the records (so every instance tells the cluster's answer; read at
 * most every 5 s): {@code tripavail_backup_last_success_timestamp_seconds},
 * {@code tripavail_backup_last_size_bytes}, {@code tripavail_backup_last_duration_seconds},
 * {@code tripavail_restore_drill_last_run_timestamp_seconds}, {@code tripavail_restore_drill_last_passed}
 * (1 passed, 0 failed, -1 never ran). The backup gauges are absent until a backup exists, which
 * TripAvailBackupMetricsMissing alerts on.
 */
@ApplicationScoped
public class BackupMetrics {
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    MetricRegistry registry;

    @Inject
    BackupRecords records;

    private volatile double[] last = {0, 0, 0, 0, -1};
    private volatile long readAt;
    private volatile long readChanges;
    private volatile boolean backupGauges;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        registry.gauge("tripavail_restore_drill_last_run_timestamp_seconds", this, m -> m.snapshot()[3]);
        registry.gauge("tripavail_restore_drill_last_passed", this, m -> m.snapshot()[4]);
    }

    double[] snapshot() {
        long now = System.currentTimeMillis();
        long changes = records.changes();
        if (now - readAt > REFRESH_MILLIS || changes != readChanges) {
            readAt = now;
            readChanges = changes;
            double[] next = {0, 0, 0, 0, -1};
            records.latest().ifPresent(b -> {
                next[0] = b.takenAt().getEpochSecond();
                next[1] = b.sizeBytes();
                next[2] = b.durationMs() / 1000.0;
            });
            List<BackupRecords.Drill> drills = records.drills(1);
            if (!drills.isEmpty()) {
                next[3] = drills.get(0).finishedAt().getEpochSecond();
                next[4] = drills.get(0).passed() ? 1 : 0;
            }
            last = next;
            if (next[0] > 0 && !backupGauges) {
                backupGauges = true;
                registry.gauge("tripavail_backup_last_success_timestamp_seconds", this, m -> m.snapshot()[0]);
                registry.gauge("tripavail_backup_last_size_bytes", this, m -> m.snapshot()[1]);
                registry.gauge("tripavail_backup_last_duration_seconds", this, m -> m.snapshot()[2]);
            }
        }
        return last;
    }
}
