package com.tripavail.ops.backup;

import com.tripavail.platform.config.DatabaseUrl;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs pg_dump and pg_restore against a database; the password travels in the environment, never in arguments. */
final class PgTools {
    private static final long TIMEOUT_MINUTES = 120;

    private PgTools() {}

    /** A libpq connection URI without credentials: {@code postgresql://host:port/db}. */
    static String conninfo(DatabaseUrl db) {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        return "postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getRawPath();
    }

    static String databaseName(DatabaseUrl db) {
        return URI.create(db.jdbcUrl().substring("jdbc:".length())).getPath().substring(1);
    }

    /** The same server's maintenance database, to create and drop a scratch database. */
    static DatabaseUrl maintenance(DatabaseUrl db) {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        return new DatabaseUrl(
                "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/postgres",
                db.user(),
                db.password());
    }

    /** Runs the program; its standard output. Fails with the end of its error output. */
    static String run(DatabaseUrl db, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command));
        if (db != null) {
            if (db.user() != null) {
                pb.environment().put("PGUSER", db.user());
            }
            if (db.password() != null) {
                pb.environment().put("PGPASSWORD", db.password());
            }
        }
        Path err = Files.createTempFile("tripavail-pg", ".err");
        Path out = Files.createTempFile("tripavail-pg", ".out");
        try {
            Process p =
                    pb.redirectError(err.toFile()).redirectOutput(out.toFile()).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(command[0] + " timed out");
            }
            if (p.exitValue() != 0) {
                String e = Files.readString(err, StandardCharsets.UTF_8);
                throw new IOException(Path.of(command[0]).getFileName() + " exited " + p.exitValue() + ": "
                        + e.substring(Math.max(0, e.length() - 800)).strip());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(out);
        }
    }

    static List<String> args(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
