package com.tripavail.testenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Liberty server the build installed (target/liberty/wlp), driven through its own script. */
public final class LibertyProcess {
    private final Path wlp;
    private final String serverName;
    private final Map<String, String> env = new HashMap<>();

    public LibertyProcess(Path wlp, String serverName) {
        this.wlp = wlp;
        this.serverName = serverName;
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    public LibertyProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path serverDir() {
        return wlp.resolve("usr/servers").resolve(serverName);
    }

    public Path logsDir() {
        return serverDir().resolve("logs");
    }

    /** Runs in the foreground, output to this console, until the process ends. */
    public Process runForeground() throws IOException {
        return command("run").inheritIO().start();
    }

    public void start(Duration readyTimeout, int httpPort) throws IOException, InterruptedException {
        refuseTakenPort(httpPort);
        Path console = logsDir().resolve("console.log");
        int code = runQuietly("start", Duration.ofMinutes(3));
        if (code != 0) {
            throw new IllegalStateException("server start exited " + code + "; see " + console);
        }
        awaitReady(httpPort, readyTimeout, () -> {
            String log = readMessagesLog();
            if (log.contains("CWWKZ0002E") || log.contains("CWWKZ0012I")) {
                throw new IllegalStateException(
                        "The application failed to start; see " + logsDir().resolve("messages.log"));
            }
        });
    }

    /** Another build's server on the port would answer the readiness probe and every test in its place. */
    private static void refuseTakenPort(int port) {
        try (var probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException free) {
            return;
        }
        throw new IllegalStateException("Port " + port + " is already taken (another build's server?); "
                + "stop it or choose other ports with -Dit.http.port=... -Dit.https.port=...");
    }

    public String readMessagesLog() {
        try {
            Path messages = logsDir().resolve("messages.log");
            return Files.exists(messages) ? Files.readString(messages) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code server start} only: for tests that watch a start fail. */
    public void startWithoutWaiting() throws IOException, InterruptedException {
        runQuietly("start", Duration.ofMinutes(3));
    }

    /** Kills the running server with SIGKILL (no shutdown hooks, no clean stop), as a crash would. */
    public void kill() throws IOException, InterruptedException {
        Path pidFile = wlp.resolve("usr/servers/.pid").resolve(serverName + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    public void stop() throws IOException, InterruptedException {
        runQuietly("stop", Duration.ofMinutes(2));
    }

    /** Runs {@code server <action>} with its output discarded and waits for it; its exit code. */
    private int runQuietly(String action, Duration timeout) throws IOException, InterruptedException {
        return await(
                command(action)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start(),
                timeout);
    }

    public static void awaitReady(int httpPort, Duration timeout) throws InterruptedException {
        awaitReady(httpPort, timeout, () -> {});
    }

    private static void awaitReady(int httpPort, Duration timeout, Runnable failFast) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            failFast.run();
            Thread.sleep(500);
        }
        throw new IllegalStateException("Liberty was not ready on port " + httpPort + " within " + timeout);
    }

    private ProcessBuilder command(String action) {
        List<String> cmd = new ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, serverName));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return pb;
    }

    private static int await(Process p, Duration timeout) throws InterruptedException {
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Liberty command timed out");
        }
        return p.exitValue();
    }

    /**
     * A second copy of an installed server (configuration, apps, keys; no logs, workarea or
     * transaction log, which belong to the original), so a test can start it with its own
     * environment while the shared one keeps running.
     */
    public static LibertyProcess copyOf(Path wlp, String from, String to) throws IOException {
        Path source = wlp.resolve("usr/servers").resolve(from);
        Path target = wlp.resolve("usr/servers").resolve(to);
        deleteTree(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path rel = source.relativize(p);
                if (rel.startsWith("logs") || rel.startsWith("workarea") || rel.startsWith("tranlog")) {
                    continue;
                }
                Path copy = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new LibertyProcess(wlp, to);
    }

    /** Deletes {@code root} and everything below it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public String readConsoleLog() throws IOException {
        Path console = logsDir().resolve("console.log");
        return Files.exists(console) ? Files.readString(console) : "";
    }
}
