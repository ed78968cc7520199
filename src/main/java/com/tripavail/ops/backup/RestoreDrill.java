package com.tripavail.ops.backup;

import com.tripavail.platform.config.DatabaseUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The restore drill: the latest backup, its SHA-256 checked against its manifest, restored with
 * {@code pg_restore} into a fresh scratch database (BACKUP_DRILL_DATABASE_URL), whose row counts and
 * checksums must equal those the manifest recorded; the scratch database is dropped either way and
 * the result recorded. A failed drill throws, so the batch execution ends FAILED.
 */
@ApplicationScoped
public class RestoreDrill {
    private static final Logger LOG = Logger.getLogger(RestoreDrill.class.getName());

    @Inject
    BackupSettings settings;

    @Inject
    BackupRecords records;

    public BackupRecords.Drill drill() throws Exception {
        DatabaseUrl scratch = settings.drillDatabase()
                .orElseThrow(() -> new IllegalStateException("BACKUP_DRILL_DATABASE_URL is not set"));
        if (PgTools.conninfo(scratch).equals(PgTools.conninfo(settings.primary()))) {
            throw new IllegalStateException("BACKUP_DRILL_DATABASE_URL names the primary database");
        }
        Instant started = Instant.now();
        BackupRecords.Backup backup = records.latest().orElse(null);
        String file = backup == null ? null : backup.file();
        String detail;
        boolean passed = false;
        try {
            detail = backup == null ? "no backup to restore" : restoreAndCompare(backup, scratch);
            passed = detail.startsWith("passed");
        } catch (Exception e) {
            detail = "failed: " + e.getMessage();
        } finally {
            dropScratch(scratch);
        }
        BackupRecords.Drill drill = new BackupRecords.Drill(file, started, Instant.now(), passed, detail);
        records.drilled(drill);
        String line = "Restore drill of " + file + ": " + detail;
        LOG.info(line);
        if (!passed) {
            throw new IllegalStateException(line);
        }
        return drill;
    }

    private String restoreAndCompare(BackupRecords.Backup backup, DatabaseUrl scratch) throws Exception {
        Path dump = settings.dir().orElseThrow().resolve(backup.file());
        if (!Files.exists(dump)) {
            return "failed: " + backup.file() + " is missing";
        }
        String sha = BackupFiles.sha256(dump);
        if (!sha.equals(backup.sha256())) {
            return "failed: SHA-256 of " + backup.file() + " differs from its manifest";
        }
        dropScratch(scratch);
        try (Connection c = connect(PgTools.maintenance(scratch));
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + quote(PgTools.databaseName(scratch)));
        }
        PgTools.run(
                scratch,
                settings.tool("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname=" + PgTools.conninfo(scratch),
                dump.toString());
        DatabaseFacts restored;
        try (Connection c = connect(scratch)) {
            c.setAutoCommit(false);
            restored = DatabaseFacts.read(c);
            c.rollback();
        }
        DatabaseFacts recorded = DatabaseFacts.fromJson(backup.manifest().getJsonObject("facts"));
        List<String> differences = restored.differencesFrom(recorded);
        return differences.isEmpty()
                ? "passed: " + recorded.rowCounts().size() + " tables, "
                        + recorded.rowCounts().values().stream()
                                .mapToLong(Long::longValue)
                                .sum() + " rows and "
                        + recorded.checksums().size() + " checksums match"
                : "failed: " + String.join("; ", differences);
    }

    private void dropScratch(DatabaseUrl scratch) {
        try (Connection c = connect(PgTools.maintenance(scratch));
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(PgTools.databaseName(scratch)) + " WITH (FORCE)");
        } catch (SQLException e) {
            LOG.warning("Could not drop the drill database: " + e.getMessage());
        }
    }

    private static Connection connect(DatabaseUrl db) throws SQLException {
        Properties props = new Properties();
        if (db.user() != null) {
            props.setProperty("user", db.user());
        }
        if (db.password() != null) {
            props.setProperty("password", db.password());
        }
        // the driver itself: DriverManager only knows drivers of the server's class path, not the app's
        Connection c = new org.postgresql.Driver().connect(db.jdbcUrl(), props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + db);
        }
        return c;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
