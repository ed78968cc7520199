package com.tripavail.faults;

import com.tripavail.dev.ServerEnvironment;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;

/**
 * The real servers the fault suite breaks: a PostgreSQL and a Redis of its own (embedded, data on
 * disk) and its own copy of the installed Liberty server, each of which can be killed the hard way
 * (signals, never their own shutdown) and started again on the same port and data.
 */
final class FaultStack implements AutoCloseable {
    static final String SERVER = "tripavail-faults";
    static final String ADMIN_EMAIL = "faults-admin@tripavail.test";
    static final String ADMIN_PASSWORD = "Faults-Bootstrap-Passw0rd-3";
    /** How long a (re)started Liberty may take to be ready: minutes on a machine shared by many builds. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(8);

    static final String WEBHOOK_SECRET = "whsec_faults_only_0123456789abcdef";

    private final Path workDir;
    private final Path wlp;
    private final int httpPort;
    private EmbeddedServices services;
    private LibertyProcess liberty;

    FaultStack(Path workDir, Path wlp, int httpPort) {
        this.workDir = workDir;
        this.wlp = wlp;
        this.httpPort = httpPort;
    }

    FaultStack start() throws Exception {
        ServerEnvironment.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        services = new EmbeddedServices(workDir, EmbeddedServices.freePort(), EmbeddedServices.freePort()).start();
        liberty = ServerEnvironment.copy(wlp, SERVER, services, workDir, httpPort, EmbeddedServices.freePort());
        liberty.env("ADMIN_EMAIL", ADMIN_EMAIL);
        liberty.env("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the driver is many travelers from one address: limits are not what this suite measures
        liberty.env("RATE_LIMIT_ANON", "100000/min");
        liberty.env("RATE_LIMIT_AUTH", "100000/min");
        liberty.env("RATE_LIMIT_LOGIN", "1000/5min");
        liberty.env("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
        liberty.env("HOLD_TTL", "PT3M");
        liberty.env("PAYMENT_WINDOW", "PT60S");
        // the processor's own webhook comes late enough for the suite's out-of-order events to overtake it
        liberty.env("TEST_GATEWAY_WEBHOOK_DELAY_MS", "8000");
        liberty.env("TEST_GATEWAY_SLOW_MS", "6000");
        liberty.env("PAYMENT_RECONCILE_AFTER", "PT15S");
        liberty.env("JWT_EXPIRES_IN", "7200");
        liberty.env("SEARCH_INDEX_INTERVAL", "PT30S");
        startLiberty();
        return this;
    }

    String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    Path workDir() {
        return workDir;
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(services.jdbcUrl(), services.user(), "");
    }

    void startLiberty() throws IOException, InterruptedException {
        liberty.start(READY_TIMEOUT, httpPort);
    }

    /** SIGKILL: no shutdown hook, no drained requests, the in-memory state of the JVM gone. */
    void killLiberty() throws IOException, InterruptedException {
        Path pidFile = wlp.resolve("usr/servers/.pid").resolve(SERVER + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        kill("KILL", pid);
        if (!awaitGone(pid, Duration.ofSeconds(30))) {
            throw new IllegalStateException("Liberty (pid " + pid + ") survived SIGKILL");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (listening(httpPort)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "port " + httpPort + " still open after killing Liberty (pid " + pid + "): "
                                + ProcessHandle.of(pid)
                                        .flatMap(h -> h.info().commandLine())
                                        .orElse("gone"));
            }
            Thread.sleep(200);
        }
    }

    private static boolean listening(int port) {
        try (var probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** An immediate shutdown (SIGQUIT to the postmaster): no checkpoint, whatever was not flushed is lost. */
    void stopPostgresImmediately() throws IOException, InterruptedException {
        signalPostmaster("QUIT");
    }

    /** SIGKILL of the postmaster; its backends notice and exit, the next start runs crash recovery. */
    void killPostmaster() throws IOException, InterruptedException {
        signalPostmaster("KILL");
    }

    private void signalPostmaster(String signal) throws IOException, InterruptedException {
        Path pidFile = workDir.resolve("postgres/postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        List<Long> children = ProcessHandle.of(postmaster)
                .map(p -> p.children().map(ProcessHandle::pid).toList())
                .orElse(List.of());
        kill(signal, postmaster);
        awaitGone(postmaster, Duration.ofSeconds(30));
        for (long child : children) {
            if (!awaitGone(child, Duration.ofSeconds(15))) {
                kill("KILL", child); // a backend that has not noticed its postmaster died
                awaitGone(child, Duration.ofSeconds(5));
            }
        }
    }

    void startPostgres() throws IOException {
        try {
            services.stopPostgres(); // forgets the dead server (its pg_ctl stop finds nothing to stop)
        } catch (IOException | RuntimeException alreadyDead) {
            // expected after a kill
        }
        services.startPostgres();
    }

    void flushRedis() {
        try (Jedis jedis = new Jedis("127.0.0.1", services.redisPort())) {
            jedis.flushAll();
        }
    }

    void killRedis() throws IOException, InterruptedException {
        long pid;
        try (Jedis jedis = new Jedis("127.0.0.1", services.redisPort())) {
            pid = jedis.info("server")
                    .lines()
                    .filter(l -> l.startsWith("process_id:"))
                    .map(l -> Long.parseLong(l.substring("process_id:".length()).trim()))
                    .findFirst()
                    .orElseThrow();
        }
        kill("KILL", pid);
        awaitGone(pid, Duration.ofSeconds(10));
    }

    void startRedis() throws IOException {
        try {
            services.stopRedis();
        } catch (IOException | RuntimeException alreadyDead) {
            // expected after a kill
        }
        services.startRedis();
    }

    /** Waits until /health/ready answers 200 again; how long that took. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        LibertyProcess.awaitReady(httpPort, timeout);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static boolean awaitGone(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true) || isZombie(pid)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return true;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (liberty != null) {
                liberty.stop();
            }
        } finally {
            if (services != null) {
                services.close();
            }
        }
    }
}
