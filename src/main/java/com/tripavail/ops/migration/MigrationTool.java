package com.tripavail.ops.migration;

import com.tripavail.platform.config.DatabaseUrl;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;

/**
 * The migration tool ops run before a release starts:
 * {@code java -jar tripavail-migrate.jar update|status|validate|rollback <count>|env} against {@code DATABASE_URL}
 * ({@code env} also translates {@code DATABASE_READ_URL} when set).
 * {@code MIGRATION_CONTEXTS} picks Liquibase contexts (e.g. {@code demo}); {@code MIGRATION_LOCK_WAIT_SECONDS}
 * bounds the wait for a concurrent migration.
 */
public final class MigrationTool {
    private MigrationTool() {}

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err);
        System.exit(code);
    }

    static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: tripavail-migrate update|status|validate|rollback <count>|env");
            return 2;
        }
        String raw = env.get("DATABASE_URL");
        if (raw == null || raw.isBlank()) {
            err.println("DATABASE_URL is not set");
            return 2;
        }
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(raw);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if ("env".equals(args[0])) {
            printLibertyEnv(url, "DB_", out);
            String replica = env.get("DATABASE_READ_URL");
            if (replica != null && !replica.isBlank()) {
                try {
                    printLibertyEnv(DatabaseUrl.parse(replica), "DB_READ_", out);
                } catch (IllegalArgumentException e) {
                    err.println("DATABASE_READ_URL: " + e.getMessage());
                    return 2;
                }
            }
            return 0;
        }
        String contexts = env.getOrDefault("MIGRATION_CONTEXTS", "");
        Duration lockWait = Duration.ofSeconds(Long.parseLong(env.getOrDefault("MIGRATION_LOCK_WAIT_SECONDS", "300")));
        try (Connection c = connect(url);
                Migrator migrator = new Migrator(c)) {
            switch (args[0]) {
                case "update" -> {
                    migrator.update(contexts, lockWait);
                    out.println("update: database is up to date");
                }
                case "status" -> {
                    int pending = migrator.pendingCount(contexts);
                    out.print(migrator.status(contexts));
                    out.println("pending changesets: " + pending);
                }
                case "validate" -> {
                    migrator.validate();
                    out.println("validate: changelog is valid");
                }
                case "rollback" -> {
                    if (args.length < 2) {
                        err.println("usage: tripavail-migrate rollback <count>");
                        return 2;
                    }
                    migrator.rollback(Integer.parseInt(args[1]), contexts, lockWait);
                    out.println("rollback: rolled back " + args[1] + " changeset(s)");
                }
                default -> {
                    err.println("unknown command: " + args[0]);
                    return 2;
                }
            }
            return 0;
        } catch (Exception e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The variables a Liberty datasource reads ({@code DB_*} the primary, {@code DB_READ_*} the
     * replica), in server.env form (KEY=value, taken literally by Liberty).
     */
    private static void printLibertyEnv(DatabaseUrl url, String prefix, PrintStream out) {
        out.println(prefix + "JDBC_URL=" + url.jdbcUrl());
        if (url.user() != null) {
            out.println(prefix + "USER=" + url.user());
        }
        if (url.password() != null) {
            out.println(prefix + "PASSWORD=" + url.password());
        }
    }

    private static Connection connect(DatabaseUrl url) throws java.sql.SQLException {
        Properties props = new Properties();
        if (url.user() != null) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        props.setProperty("ApplicationName", "tripavail-migrate");
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }
}
