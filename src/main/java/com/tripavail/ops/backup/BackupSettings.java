package com.tripavail.ops.backup;

import com.tripavail.platform.config.DatabaseUrl;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Backup and restore-drill configuration (docs/backups.md). */
@ApplicationScoped
public class BackupSettings implements Settings {
    private boolean enabled;
    private Optional<String> dir;
    private String time;
    private String zone;
    private int keepDaily;
    private int keepWeekly;
    private int keepMonthly;
    private Optional<String> drillUrl;
    private Optional<String> pgBinDir;
    private Optional<String> databaseUrl;

    @PostConstruct
    void read() {
        enabled = Setting.value("BACKUP_ENABLED", Boolean.class, true);
        dir = Setting.optional("BACKUP_DIR");
        time = Setting.raw("BACKUP_TIME", "02:30");
        zone = Setting.raw("BACKUP_TIME_ZONE", "UTC");
        keepDaily = Setting.value("BACKUP_KEEP_DAILY", Integer.class, 7);
        keepWeekly = Setting.value("BACKUP_KEEP_WEEKLY", Integer.class, 4);
        keepMonthly = Setting.value("BACKUP_KEEP_MONTHLY", Integer.class, 6);
        drillUrl = Setting.optional("BACKUP_DRILL_DATABASE_URL");
        pgBinDir = Setting.optional("PG_BIN_DIR");
        databaseUrl = Optional.ofNullable(Setting.raw("DATABASE_URL", null));
    }

    /** Backups run when switched on and BACKUP_DIR is set (production refuses to start otherwise). */
    public Optional<Path> dir() {
        return enabled ? dir.map(Path::of) : Optional.empty();
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
        return drillUrl.map(DatabaseUrl::parse);
    }

    public DatabaseUrl primary() {
        return DatabaseUrl.parse(databaseUrl.orElseThrow(() -> new IllegalStateException("DATABASE_URL is not set")));
    }

    /** A PostgreSQL client program: from PG_BIN_DIR, else from the PATH. */
    public String tool(String name) {
        return pgBinDir.map(d -> Path.of(d, name).toString()).orElse(name);
    }
}
