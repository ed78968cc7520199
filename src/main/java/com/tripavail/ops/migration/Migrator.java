package com.tripavail.ops.migration;

import java.io.StringWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs the Liquibase changelog against one connection, under a PostgreSQL advisory lock.
 *
 * <p>Why the advisory lock: Liquibase's own lock is a row in {@code databasechangeloglock}; a
 * migration killed half-way leaves it set and every later run waits forever. Every TripAvail
 * migration first takes a session-level advisory lock, which PostgreSQL drops when the session
 * dies. So whoever holds the advisory lock knows no other migration is alive, and a Liquibase lock
 * row still set at that moment is stale and safe to clear.
 */
public final class Migrator implements AutoCloseable {
    public static final String CHANGELOG = "db-changelog/db.changelog-master.yaml";
    private static final long ADVISORY_KEY = 0x54726970_41766169L; // "TripAvai"
    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

    private final Connection connection;
    private final Liquibase liquibase;

    public Migrator(Connection connection) throws LiquibaseException {
        this.connection = connection;
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        this.liquibase =
                new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrator.class.getClassLoader()), database);
    }

    public void update(String contexts, Duration lockWait) throws LiquibaseException, SQLException {
        withMigrationLock(lockWait, () -> liquibase.update(new Contexts(contexts), new LabelExpression()));
    }

    public void rollback(int count, String contexts, Duration lockWait) throws LiquibaseException, SQLException {
        withMigrationLock(lockWait, () -> liquibase.rollback(count, new Contexts(contexts), new LabelExpression()));
    }

    public void validate() throws LiquibaseException {
        liquibase.validate();
    }

    /** Pending changesets, one per line; empty when the database is up to date. */
    public String status(String contexts) throws LiquibaseException {
        Writer out = new StringWriter();
        liquibase.reportStatus(true, new Contexts(contexts), new LabelExpression(), out);
        return out.toString();
    }

    public int pendingCount(String contexts) throws LiquibaseException {
        return liquibase
                .listUnrunChangeSets(new Contexts(contexts), new LabelExpression())
                .size();
    }

    private interface LiquibaseWork {
        void run() throws LiquibaseException;
    }

    private void withMigrationLock(Duration wait, LiquibaseWork work) throws LiquibaseException, SQLException {
        acquireAdvisoryLock(wait);
        try {
            clearStaleLiquibaseLock();
            work.run();
        } finally {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, ADVISORY_KEY);
                ps.execute();
            }
        }
    }

    private void acquireAdvisoryLock(Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, ADVISORY_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new SQLException("Another migration is running (advisory lock held) for longer than " + wait);
            }
            LOG.info("Waiting for another migration to finish");
            sleep();
        }
    }

    private void clearStaleLiquibaseLock() throws SQLException {
        if (!lockTableExists()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT lockedby, lockgranted FROM databasechangeloglock WHERE locked");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            Timestamp granted = rs.getTimestamp(2);
            LOG.warning("Clearing a stale Liquibase lock held by " + rs.getString(1) + " since " + granted
                    + ": no migration holds the advisory lock, so its owner died");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE databasechangeloglock SET locked = false, lockedby = NULL, lockgranted = NULL")) {
            ps.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private boolean lockTableExists() throws SQLException {
        try (PreparedStatement ps =
                        connection.prepareStatement("SELECT to_regclass('databasechangeloglock') IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
        }
    }

    @Override
    public void close() throws LiquibaseException {
        liquibase.close();
    }
}
