package com.tripavail.ops.backup;

import com.tripavail.platform.config.DatabaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backup and restore-drill configuration (docs/backups.md). */
@ApplicationScoped
public class BackupSettings {
    @Inject
    @ConfigProperty(name = "BACKUP_ENABLED", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "BACKUP_DIR")
    Optional<String> dir;

    @Inject
    @ConfigProperty(name = "BACKUP_TIME", defaultValue = "02:30")
    String time;

    @Inject
    @ConfigProperty(name = "BACKUP_TIME_ZONE", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "BACKUP_KEEP_DAILY", defaultValue = "7")
    int keepDaily;

    @Inject
    @ConfigProperty(name = "BACKUP_KEEP_WEEKLY", defaultValue = "4")
    int keepWeekly;

    @Inject
    @ConfigProperty(name = "BACKUP_KEEP_MONTHLY", defaultValue = "6")
    int keepMonthly;

    @Inject
    @ConfigProperty(name = "BACKUP_DRILL_DATABASE_URL")
    Optional<String> drillUrl;

    @Inject
    @ConfigProperty(name = "PG_BIN_DIR")
    Optional<String> pgBinDir;

    @Inject
    @ConfigProperty(name = "DATABASE_URL")
    Optional<String> databaseUrl;

    /** Backups run when switched on and BACKUP_DIR is set (production refuses to start otherwise). */
    public Optional<Path> dir() {
        return enabled ? dir.filter(d -> !d.isBlank()).map(Path::of) : Optional.empty();
    }

    public LocalTime time() {
        return LocalTime.parse(time.trim());
    }

    public ZoneId zone() {
        return ZoneId.of(zone.trim());
    }

    public BackupRetention retention() {
        return new BackupRetention(keepDaily, keepWeekly, keepMonthly, zone());
    }

    public Optional<DatabaseUrl> drillDatabase() {
        return drillUrl.filter(u -> !u.isBlank()).map(DatabaseUrl::parse);
    }

    public DatabaseUrl primary() {
        return DatabaseUrl.parse(databaseUrl.orElseThrow(() -> new IllegalStateException("DATABASE_URL is not set")));
    }

    /** A PostgreSQL client program: from PG_BIN_DIR, else from the PATH. */
    public String tool(String name) {
        return pgBinDir.filter(d -> !d.isBlank())
                .map(d -> Path.of(d, name).toString())
                .orElse(name);
    }
}
