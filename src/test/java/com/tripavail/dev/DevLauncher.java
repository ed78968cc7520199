package com.tripavail.dev;

import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's run command: a real PostgreSQL and Redis from Maven artifacts (data under .work/),
 * then Liberty in the foreground. With DATABASE_URL / REDIS_URL set, nothing embedded starts.
 * Ctrl-C stops everything this started.
 */
public final class DevLauncher {
    private DevLauncher() {}

    public static void main(String[] args) throws Exception {
        Path workDir = Path.of(System.getProperty("tripavail.workDir", ".work")).toAbsolutePath();
        Files.createDirectories(workDir);
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "4100"));
        LibertyProcess liberty = new LibertyProcess(
                Path.of(System.getProperty("tripavail.wlp")), System.getProperty("tripavail.server", "tripavail"));
        EmbeddedServices services = null;
        if (System.getenv("DATABASE_URL") == null || System.getenv("REDIS_URL") == null) {
            services = new EmbeddedServices(
                            workDir, intEnv("EMBEDDED_PG_PORT", 54329), intEnv("EMBEDDED_REDIS_PORT", 63799))
                    .start();
        }
        ServerEnvironment.configure(liberty, services, workDir, port);
        // people read this console: Liberty's simple format rather than one JSON object per line
        // (messages.log stays JSON; deployments keep a JSON console)
        liberty.env("LOG_CONSOLE_FORMAT", System.getenv().getOrDefault("LOG_CONSOLE_FORMAT", "SIMPLE"));

        EmbeddedServices started = services;
        Process server = liberty.runForeground();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.destroy();
                            try {
                                server.waitFor();
                                if (started != null) {
                                    started.close();
                                }
                            } catch (Exception e) {
                                System.err.println("Shutdown: " + e.getMessage());
                            }
                        },
                        "tripavail-shutdown"));
        new Thread(() -> announce(port), "tripavail-announce").start();
        int exit = server.waitFor();
        System.exit(exit);
    }

    private static void announce(int port) {
        try {
            LibertyProcess.awaitReady(port, java.time.Duration.ofMinutes(5));
            System.out.println();
            System.out.println("Web pages:         http://localhost:" + port + "/  (book as the demo traveler)");
            System.out.println("TripAvail is up:   http://localhost:" + port + "/v1/version");
            System.out.println("API description:   http://localhost:" + port + "/openapi/ui");
            System.out.println("Search:            http://localhost:" + port + "/v1/search?q=lisbon");
            System.out.println("Demo accounts (password for all: " + DemoAccounts.PASSWORD + ")");
            DemoAccounts.EMAILS.forEach(e -> System.out.println("  " + e));
            System.out.println();
        } catch (Exception e) {
            System.err.println("TripAvail did not become ready: " + e.getMessage());
        }
    }

    private static int intEnv(String name, int def) {
        String v = System.getenv(name);
        return v == null ? def : Integer.parseInt(v);
    }
}
