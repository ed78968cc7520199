package com.tripavail.bench;

import com.tripavail.dev.ServerEnvironment;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test, started the way ops start it: the installed Liberty server (its own copy)
 * through its own script, on a real PostgreSQL 17 (fsync on, pg_stat_statements loaded) and Redis.
 * Also measures time to ready and resident memory, and the same for an empty Liberty with the same
 * features (the floor the application adds to).
 */
final class BenchServer implements AutoCloseable {
    static final String SERVER = "tripavail-bench";
    static final String EMPTY_SERVER = "tripavail-bench-empty";
    static final String ADMIN_EMAIL = "bench-admin@tripavail.test";
    static final String ADMIN_PASSWORD = "Bench-Bootstrap-Passw0rd-1";

    private final Path workDir;
    private final Path wlp;
    private final int httpPort;
    private final int httpsPort;
    private EmbeddedServices services;
    private LibertyProcess liberty;
    private Duration timeToReady;
    private String emptyMemory = "";

    BenchServer(Path workDir, Path wlp, int httpPort, int httpsPort) {
        this.workDir = workDir;
        this.wlp = wlp;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    BenchServer start(Path jfrFile) throws Exception {
        ServerEnvironment.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        services = new EmbeddedServices(workDir, EmbeddedServices.freePort(), EmbeddedServices.freePort())
                .serverConfig("shared_preload_libraries", "pg_stat_statements")
                .serverConfig("pg_stat_statements.track", "all")
                .start();
        try (Connection c = db()) {
            c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        liberty = ServerEnvironment.copy(wlp, SERVER, services, workDir, httpPort, httpsPort);
        liberty.env("ADMIN_EMAIL", ADMIN_EMAIL);
        liberty.env("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // one client address and a few accounts make all the load: limits still run (Redis), never refuse
        liberty.env("RATE_LIMIT_ANON", "10000000/min");
        liberty.env("RATE_LIMIT_AUTH", "10000000/min");
        liberty.env("RATE_LIMIT_PROVIDER", "10000000/min");
        liberty.env("MAX_ACTIVE_HOLDS", "1000000");
        liberty.env("JWT_EXPIRES_IN", "14400");
        liberty.env("SEARCH_INDEX_INTERVAL", "PT2S");
        liberty.env("SEARCH_INDEX_BATCH", "500");
        if (jfrFile != null) {
            // in the server's own jvm.options: JVM_ARGS would also reach the "server stop" command's JVM,
            // whose recording then overwrites the server's at the same path (seen in the first run)
            Files.writeString(
                    wlp.resolve("usr/servers").resolve(SERVER).resolve("jvm.options"),
                    "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfrFile.toAbsolutePath()
                            + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        long started = System.nanoTime();
        liberty.start(Duration.ofMinutes(8), httpPort);
        timeToReady = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    String baseUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    Duration timeToReady() {
        return timeToReady;
    }

    EmbeddedServices services() {
        return services;
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(services.jdbcUrl(), services.user(), "");
    }

    /** Resident memory of the running bench server, in MiB. */
    long rssMiB() throws IOException {
        return rssMiB(SERVER);
    }

    private long rssMiB(String server) throws IOException {
        long pid = pidOf(server);
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid);
    }

    /** The process id Liberty wrote for {@code server} when it started it. */
    private long pidOf(String server) throws IOException {
        return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid").resolve(server + ".pid"))
                .trim());
    }

    /** Where the bench server's memory is: heap and metaspace as the JVM reports them (jcmd). */
    String memoryBreakdown() throws IOException, InterruptedException {
        return memoryBreakdown(SERVER);
    }

    private String memoryBreakdown(String server) throws IOException, InterruptedException {
        String pid = Long.toString(pidOf(server));
        List<String> lines = new ArrayList<>();
        for (String command : List.of("GC.heap_info", "VM.metaspace")) {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            pid,
                            command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            out.lines()
                    .map(String::trim)
                    .filter(l -> l.startsWith("garbage-first heap")
                            || l.startsWith("Metaspace ")
                            || l.startsWith("Total Usage"))
                    .forEach(lines::add);
        }
        return String.join("; ", lines);
    }

    /** Stops the bench server so the JFR recording is written (dumponexit). */
    void stopLiberty() throws IOException, InterruptedException {
        if (liberty != null) {
            liberty.stop();
        }
    }

    /** The empty Liberty's heap and metaspace once ready (after {@link #emptyLiberty}). */
    String emptyMemory() {
        return emptyMemory;
    }

    /** An empty Liberty with the bench server's features: [time to ready (ms), RSS (MiB) once ready]. */
    long[] emptyLiberty() throws Exception {
        String serverXml = Files.readString(wlp.resolve("usr/servers/tripavail/server.xml"));
        Matcher features = Pattern.compile("<featureManager>.*?</featureManager>", Pattern.DOTALL)
                .matcher(serverXml);
        if (!features.find()) {
            throw new IllegalStateException("no featureManager in server.xml");
        }
        Path dir = wlp.resolve("usr/servers").resolve(EMPTY_SERVER);
        ServerEnvironment.deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = EmbeddedServices.freePort();
        Files.writeString(
                dir.resolve("server.xml"),
                "<server description=\"empty, the bench server's features\">\n  " + features.group()
                        + "\n  <httpEndpoint id=\"defaultHttpEndpoint\" host=\"127.0.0.1\" httpPort=\"" + port
                        + "\" httpsPort=\"" + EmbeddedServices.freePort() + "\"/>\n"
                        + "  <keyStore id=\"defaultKeyStore\" password=\"bench-empty-keystore\"/>\n"
                        + "</server>\n");
        // the same JVM options and process environment (heap, malloc arenas) as the bench server
        Files.copy(wlp.resolve("usr/servers/tripavail/jvm.options"), dir.resolve("jvm.options"));
        Files.copy(wlp.resolve("usr/servers/tripavail/server.env"), dir.resolve("server.env"));
        LibertyProcess empty = new LibertyProcess(wlp, EMPTY_SERVER);
        long started = System.nanoTime();
        empty.startWithoutWaiting();
        awaitLive(port, Duration.ofMinutes(5));
        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Thread.sleep(5000); // settle as the bench server did before its figure
        long rss = rssMiB(EMPTY_SERVER);
        emptyMemory = memoryBreakdown(EMPTY_SERVER);
        empty.stop();
        return new long[] {ms, rss};
    }

    private static void awaitLive(int port, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the empty Liberty was not live within " + timeout);
    }

    @Override
    public void close() throws Exception {
        try {
            stopLiberty();
        } finally {
            if (services != null) {
                services.close();
            }
        }
    }
}
