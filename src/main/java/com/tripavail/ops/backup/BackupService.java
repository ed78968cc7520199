package com.tripavail.ops.backup;

import com.tripavail.ops.BuildInfo;
import com.tripavail.platform.config.DatabaseUrl;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Takes one backup: {@code pg_dump -Fc} of the primary, of exactly the snapshot the manifest's row
 * counts and checksums were read in (an exported snapshot, so the manifest describes the dump, not
 * a database that moved on); written under a temporary name, verified with {@code pg_restore --list},
 * fsynced and renamed, and only then given its manifest, so a file without a manifest never counts;
 * then retention deletes what it no longer keeps.
 */
@ApplicationScoped
public class BackupService {
    static final String DUMP = ".dump";
    static final String MANIFEST = ".manifest.json";
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = "jdbc/tripavail")
    DataSource dataSource;

    @Inject
    BackupSettings settings;

    @Inject
    BackupRecords records;

    @Inject
    BuildInfo build;

    /** The backup taken. Runs outside any transaction: it holds its own snapshot transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BackupRecords.Backup backUp() throws IOException, InterruptedException, SQLException {
        Path dir = settings.dir().orElseThrow(() -> new IllegalStateException("BACKUP_DIR is not set"));
        Files.createDirectories(dir);
        long started = System.nanoTime();
        Instant takenAt = Instant.now();
        String release = build.version().replaceAll("[^A-Za-z0-9._-]", "_");
        String name = "tripavail-" + STAMP.format(takenAt) + "-" + release;
        Path dump = dir.resolve(name + DUMP);
        Path partial = dir.resolve(name + DUMP + BackupFiles.PARTIAL);
        DatabaseUrl primary = settings.primary();
        DatabaseFacts facts;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                String snapshot = rs.getString(1);
                facts = DatabaseFacts.read(c);
                PgTools.run(
                        primary,
                        settings.tool("pg_dump"),
                        "--format=custom",
                        "--snapshot=" + snapshot,
                        "--file=" + partial,
                        "--dbname=" + PgTools.conninfo(primary));
            } finally {
                c.rollback();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        verify(partial);
        BackupFiles.commit(partial, dump);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        JsonObject manifest = Json.createObjectBuilder()
                .add("file", dump.getFileName().toString())
                .add("takenAt", takenAt.toString())
                .add("release", build.version())
                .add("commit", build.commit())
                .add("sizeBytes", Files.size(dump))
                .add("sha256", BackupFiles.sha256(dump))
                .add("durationMs", durationMs)
                .add("facts", facts.toJson())
                .build();
        BackupFiles.writeDurably(dir.resolve(name + MANIFEST), manifest.toString());
        BackupRecords.Backup backup = new BackupRecords.Backup(
                dump.getFileName().toString(),
                takenAt,
                build.version(),
                manifest.getJsonNumber("sizeBytes").longValue(),
                manifest.getString("sha256"),
                durationMs,
                manifest,
                null);
        records.taken(backup);
        LOG.info(() -> "Backup " + backup.file() + ": " + backup.sizeBytes() + " bytes in " + durationMs + " ms");
        prune(dir);
        return backup;
    }

    /** {@code pg_restore --list} reads the whole table of contents: a truncated or foreign file fails. */
    void verify(Path dump) throws IOException, InterruptedException {
        String toc = PgTools.run(null, settings.tool("pg_restore"), "--list", dump.toString());
        if (!toc.contains("TABLE DATA")) {
            throw new IOException("pg_restore --list shows no table data in " + dump.getFileName());
        }
    }

    /** Deletes the backups retention no longer keeps (manifest first: a dump without one never counts). */
    void prune(Path dir) throws IOException {
        List<BackupRecords.Backup> all = records.backups(false, 10_000);
        Set<Instant> keep = settings.retention()
                .keep(all.stream().map(BackupRecords.Backup::takenAt).toList());
        for (BackupRecords.Backup b : all) {
            if (!keep.contains(b.takenAt())) {
                String base = b.file().substring(0, b.file().length() - DUMP.length());
                Files.deleteIfExists(dir.resolve(base + MANIFEST));
                Files.deleteIfExists(dir.resolve(b.file()));
                records.pruned(b.file());
                LOG.info(() -> "Backup " + b.file() + " deleted by retention");
            }
        }
    }
}
