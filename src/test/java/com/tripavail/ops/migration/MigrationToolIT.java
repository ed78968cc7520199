package com.tripavail.ops.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migration tool against a real PostgreSQL: apply, report, validate, roll back, survive a stale lock. */
class MigrationToolIT {
    private static EmbeddedPostgres postgres;
    private static String databaseUrl;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE migrate_it");
        }
        databaseUrl = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/migrate_it";
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private record Result(int code, String out, String err) {}

    private static Result tool(Map<String, String> extraEnv, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("DATABASE_URL", databaseUrl);
        int code = MigrationTool.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result tool(String... args) {
        return tool(Map.of(), args);
    }

    private static int appliedChangesets() throws Exception {
        return ((Number) scalar("SELECT count(*) FROM databasechangelog")).intValue();
    }

    private static boolean sequenceExists() throws Exception {
        return (Boolean) scalar("SELECT to_regclass('tripavail_id_seq') IS NOT NULL");
    }

    /** The first column of the one row {@code sql} answers. */
    private static Object scalar(String sql) throws Exception {
        try (Connection c = connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static Connection connection() throws Exception {
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/migrate_it", "postgres", "");
    }

    @Test
    void appliesReportsValidatesAndRollsBack() throws Exception {
        Result status = tool("status");
        assertThat(status.code()).isZero();
        assertThat(status.out()).containsPattern("pending changesets: [1-9]");

        Result update = tool("update");
        assertThat(update.code()).as(update.err()).isZero();
        int applied = appliedChangesets();
        assertThat(applied).isPositive();
        assertThat(sequenceExists()).isTrue();
        assertThat(tool("status").out()).contains("pending changesets: 0");
        assertThat(tool("validate").code()).isZero();

        Result rollback = tool("rollback", String.valueOf(applied));
        assertThat(rollback.code()).as(rollback.err()).isZero();
        assertThat(appliedChangesets()).isZero();
        assertThat(sequenceExists()).isFalse();

        assertThat(tool("update").code()).isZero();
        assertThat(appliedChangesets()).isEqualTo(applied);
    }

    @Test
    void staleLiquibaseLockFromAKilledRunIsCleared() throws Exception {
        assertThat(tool("update").code()).isZero();
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE databasechangeloglock SET locked = true, lockgranted = now() - interval '1 hour',"
                    + " lockedby = 'killed-host (10.0.0.9)'");
        }
        Result update = tool(Map.of("MIGRATION_LOCK_WAIT_SECONDS", "5"), "update");
        assertThat(update.code()).as(update.err()).isZero();
        try (Connection c = connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT bool_or(locked) FROM databasechangeloglock")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
        }
    }

    @Test
    void aLiveMigrationMakesTheSecondWaitAndGiveUp() throws Exception {
        try (Connection holder = connection();
                Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + 0x54726970_41766169L + ")");
            Result update = tool(Map.of("MIGRATION_LOCK_WAIT_SECONDS", "2"), "update");
            assertThat(update.code()).isEqualTo(1);
            assertThat(update.err()).contains("Another migration is running");
        }
    }

    @Test
    void refusesWithoutDatabaseUrl() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MigrationTool.run(
                new String[] {"update"},
                Map.of(),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DATABASE_URL is not set");
    }

    @Test
    void envCommandTranslatesTheUrlForLiberty() {
        Result env = tool("env");
        assertThat(env.code()).isZero();
        assertThat(env.out())
                .contains("DB_JDBC_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/migrate_it")
                .contains("DB_USER=postgres")
                .contains("DB_PASSWORD=unused")
                .doesNotContain("DB_READ_");
    }

    @Test
    void envCommandTranslatesTheReplicaUrlToo() {
        Result env = tool(Map.of("DATABASE_READ_URL", "postgres://reader:r3ad@replica.internal:6432/tripavail"), "env");
        assertThat(env.code()).isZero();
        assertThat(env.out())
                .contains("DB_READ_JDBC_URL=jdbc:postgresql://replica.internal:6432/tripavail")
                .contains("DB_READ_USER=reader")
                .contains("DB_READ_PASSWORD=r3ad")
                .contains("DB_JDBC_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/migrate_it");
        Result bad = tool(Map.of("DATABASE_READ_URL", "mysql://nope"), "env");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("DATABASE_READ_URL");
    }
}
