package com.tripavail.testenv;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import redis.embedded.RedisServer;

/**
 * A real PostgreSQL and a real Redis started from Maven artifacts, with their data under a work
 * directory so it survives a restart. Each can be stopped and started again on the same port and
 * data, which the readiness tests use to take a dependency away and bring it back.
 */
public final class EmbeddedServices implements AutoCloseable {
    public static final String DATABASE = "tripavail";

    private final Path workDir;
    private final int pgPort;
    private final int redisPort;
    private EmbeddedPostgres postgres;
    private boolean logStatements;
    private final java.util.Map<String, String> extraConfig = new java.util.LinkedHashMap<>();
    private RedisServer redis;

    public EmbeddedServices(Path workDir, int pgPort, int redisPort) {
        this.workDir = workDir;
        this.pgPort = pgPort;
        this.redisPort = redisPort;
    }

    /**
     * A port free now, below Linux's ephemeral range (32768-60999): a port the kernel handed out for
     * "any free port" can be taken a moment later as the local end of some outgoing connection, and
     * a server restarted on the same port (the fault suite's Redis and PostgreSQL) then fails to bind
     * (seen: "bind: Address already in use" for the fault suite's Redis in a full run).
     */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every SQL statement into postgres.log, for tests that count statements per request. */
    public EmbeddedServices logStatements() {
        this.logStatements = true;
        return this;
    }

    /** One more PostgreSQL server setting (e.g. shared_preload_libraries for the benchmark's statement counts). */
    public EmbeddedServices serverConfig(String name, String value) {
        extraConfig.put(name, value);
        return this;
    }

    public Path postgresLog() {
        return workDir.resolve("postgres.log");
    }

    public EmbeddedServices start() throws IOException, SQLException {
        startPostgres();
        createDatabase();
        startRedis();
        return this;
    }

    public synchronized void startPostgres() throws IOException {
        Path data = workDir.resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (logStatements) {
            builder.setServerConfig("log_statement", "all").setServerConfig("log_line_prefix", "%m:%a:");
        }
        extraConfig.forEach(builder::setServerConfig);
        postgres = builder.setPort(pgPort)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                // zonky starts PostgreSQL with -F (fsync off) and asynchronous commits: a crash would
                // lose commits the API already acknowledged. These settings come after -F and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        workDir.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        workDir.resolve("postgres.log").toFile()))
                .start();
    }

    /**
     * A crash: SIGKILL of the postmaster (no shutdown checkpoint, nothing flushed that was not
     * already), then the handle is closed so {@link #startPostgres()} can start it again on the same data.
     */
    public synchronized void crashPostgres() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(workDir.resolve("postgres").resolve("postmaster.pid"))
                .get(0)
                .trim());
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // its backends notice the postmaster's death and exit
        try {
            postgres.close(); // pg_ctl stop finds nothing to stop; releases the data directory's lock
        } catch (IOException | RuntimeException expected) {
            // the postmaster is already gone
        }
        postgres = null;
    }

    public synchronized void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public synchronized void startRedis() throws IOException {
        Path data = workDir.resolve("redis");
        Files.createDirectories(data);
        redis = RedisServer.newRedisServer()
                .port(redisPort)
                .bind("127.0.0.1")
                .setting("dir " + data.toAbsolutePath())
                .setting("appendonly yes")
                .setting("save \"\"")
                .build();
        redis.start();
    }

    public synchronized void stopRedis() throws IOException {
        if (redis != null) {
            redis.stop();
            redis = null;
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pgPort + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    public int pgPort() {
        return pgPort;
    }

    public int redisPort() {
        return redisPort;
    }

    @Override
    public synchronized void close() throws IOException {
        stopRedis();
        stopPostgres();
    }
}
