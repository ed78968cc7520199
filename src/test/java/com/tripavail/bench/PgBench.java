package com.tripavail.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's ceiling for the same work: pgbench (Debian's, over TCP to the embedded server) with
 * the SQL of one hold (the statements the application sends, in one transaction, on bookings the run
 * made) and with the hot row's conditional UPDATE alone. Skipped, and said so, without pgbench.
 */
final class PgBench {
    /** The statements of one hold as pg_stat_statements shows the application sending them (summary.md lists them). */
    static final String HOLD_SQL = """
            \\set n random(1, :holds)
            SELECT id AS b, public_id AS pub, traveler_id AS tr, lock_key AS k, package_id AS p, package_public_id AS pp, provider_id AS pv, property_id AS pr, night_day AS d FROM bench_pgbench_holds WHERE n = :n \\gset
            SELECT fingerprint, status, media_type, body FROM idempotency_responses WHERE user_id = :tr AND key_hash = md5(random()::text) || md5(random()::text) AND created_at > now() - interval '1 day';
            BEGIN;
            SELECT 1 FROM (SELECT pg_advisory_xact_lock(:k)) AS l;
            SELECT * FROM bookings WHERE public_id = :pub FOR UPDATE;
            SELECT COUNT(id) FROM bookings WHERE traveler_id = :tr AND status IN ('HOLD', 'PAYMENT') AND hold_expires_at > now();
            SELECT * FROM hotel_packages WHERE public_id = :pp;
            SELECT * FROM providers WHERE id = :pv;
            SELECT * FROM properties WHERE id = :pr;
            UPDATE hotel_nights SET held = held + 1 WHERE package_id = :p AND night = DATE '1970-01-01' + :d::int AND total - held - sold >= 1;
            INSERT INTO booking_events (id, booking_id, from_status, to_status, occurred_at, actor) VALUES (nextval('tripavail_id_seq'), :b, 'QUOTE', 'HOLD', now(), 'pgbench');
            UPDATE bookings SET status = 'HOLD', updated_at = now(), hold_expires_at = now() + interval '15 minutes', hold_deadline = now() + interval '15 minutes', version = version + 1 WHERE id = :b;
            INSERT INTO idempotency_responses (user_id, key_hash, fingerprint, status, media_type, body, created_at) VALUES (:tr, md5(random()::text) || md5(random()::text), md5('f') || md5('p'), 200, 'application/json', '\\x7b7d', now()) ON CONFLICT (user_id, key_hash) DO UPDATE SET body = EXCLUDED.body WHERE idempotency_responses.created_at < now() - interval '1 day';
            COMMIT;
            """;

    /**
     * The hot row's conditional UPDATE alone, one autocommitted statement, on a night of its own. The
     * schema caps a night at 10,000 rooms, fewer than pgbench takes in a few seconds: a full night starts
     * again from 0, so every transaction writes the row as a successful hold does.
     */
    static final String HOT_ROW_SQL = """
            UPDATE hotel_nights SET held = CASE WHEN total - held - sold >= 1 THEN held + 1 ELSE 0 END WHERE package_id = :p AND night = DATE '1970-01-01' + :d::int;
            """;

    record Result(String name, double tps, String note) {}

    private final BenchServer server;
    private final Path dir;
    private final Duration duration;

    PgBench(BenchServer server, Path dir, Duration duration) {
        this.server = server;
        this.dir = dir;
        this.duration = duration;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench"));
    }

    List<Result> run(int clients) throws Exception {
        if (!available()) {
            return List.of(new Result("pgbench", 0, "not installed (apt-get install postgresql-contrib)"));
        }
        long holds;
        long hotPackage;
        long hotDay;
        try (Connection c = server.db();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_pgbench_holds");
            s.execute("CREATE TABLE bench_pgbench_holds AS SELECT row_number() OVER (ORDER BY b.id) AS n, b.id,"
                    + " b.public_id, b.traveler_id, ((('x' || substr(md5(b.traveler_id::text), 1, 16))::bit(64))::bigint)"
                    + " AS lock_key, b.package_id, b.package_public_id, b.provider_id, p.property_id,"
                    + " (b.start_date - DATE '1970-01-01') AS night_day FROM bookings b"
                    + " JOIN hotel_packages p ON p.id = b.package_id"
                    + " WHERE b.package_type = 'HOTEL' AND b.status = 'HOLD' AND b.package_public_id <> '"
                    + BenchData.hotPackage + "'::uuid");
            s.execute("CREATE UNIQUE INDEX ON bench_pgbench_holds (n)");
            try (var rs = s.executeQuery("SELECT count(*) FROM bench_pgbench_holds")) {
                rs.next();
                holds = rs.getLong(1);
            }
            try (var rs = s.executeQuery("SELECT n.package_id, n.night - DATE '1970-01-01' FROM hotel_nights n"
                    + " JOIN hotel_packages p ON p.id = n.package_id WHERE p.public_id = '" + BenchData.hotPackage
                    + "'::uuid")) {
                rs.next();
                hotPackage = rs.getLong(1);
                hotDay = rs.getLong(2) + 1; // the next night, never sold, so the run's own counters stay as they are
            }
            s.execute("INSERT INTO hotel_nights (package_id, night, total, held, sold) VALUES (" + hotPackage
                    + ", DATE '1970-01-01' + " + hotDay + ", 10000, 0, 0) ON CONFLICT DO NOTHING");
        }
        Result hold = holds == 0
                ? new Result("hold transaction", 0, "no held bookings to replay")
                : pgbench("hold transaction", HOLD_SQL, clients, "-D", "holds=" + holds);
        Result hot = pgbench(
                "hot-row conditional UPDATE", HOT_ROW_SQL, clients, "-D", "p=" + hotPackage, "-D", "d=" + hotDay);
        return List.of(hold, hot);
    }

    private Result pgbench(String name, String sql, int clients, String... vars)
            throws IOException, InterruptedException {
        Path script = dir.resolve(name.replaceAll("[^a-z]+", "-") + ".sql");
        Files.writeString(script, sql);
        List<String> cmd = new java.util.ArrayList<>(List.of(
                "pgbench",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(server.services().pgPort()),
                "-U",
                "postgres",
                "-n",
                "-M",
                "prepared",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Long.toString(duration.toSeconds()),
                "-f",
                script.toString()));
        cmd.addAll(List.of(vars));
        cmd.add("tripavail");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Files.writeString(dir.resolve(name.replaceAll("[^a-z]+", "-") + ".out"), out);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        return tps.find()
                ? new Result(name, Double.parseDouble(tps.group(1)), clients + " clients")
                : new Result(
                        name,
                        0,
                        "pgbench failed: " + out.lines().reduce((a, b) -> b).orElse(""));
    }
}
