package com.tripavail.testenv;

import com.tripavail.dev.ServerEnvironment;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension for the in-server tests: once per test JVM it starts a real PostgreSQL and
 * Redis and the Liberty server the build installed, pointed at them; it stops all of them when the
 * run ends. Tests talk HTTP to {@link #baseUri()}.
 */
public final class TripAvailServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    private static TripAvailServer instance;
    private static Exception bootFailure;

    private EmbeddedServices services;
    private TestMailServer mail;
    private LibertyProcess liberty;
    private int httpPort;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TripAvailServer.class) {
            if (bootFailure != null) {
                throw new IllegalStateException("The test server failed to start earlier in this run", bootFailure);
            }
            if (instance == null) {
                TripAvailServer server = new TripAvailServer();
                // registered before booting so a failed start still stops whatever did start
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(TripAvailServer.class.getName(), server);
                try {
                    server.boot();
                } catch (Exception e) {
                    bootFailure = e;
                    throw e;
                }
                instance = server;
            }
        }
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = instance.httpPort;
        RestAssured.filters(TestSettings.OWN_CLIENT_ADDRESS);
    }

    public static TripAvailServer get() {
        return instance;
    }

    private void boot() throws Exception {
        Path workDir = Path.of(System.getProperty("tripavail.workDir", "target/it-work"));
        Files.createDirectories(workDir);
        httpPort = Integer.parseInt(System.getProperty("tripavail.httpPort", "4180"));
        services = new EmbeddedServices(workDir, EmbeddedServices.freePort(), EmbeddedServices.freePort())
                .logStatements()
                .start();
        liberty = new LibertyProcess(
                Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp")),
                System.getProperty("tripavail.server", "tripavail"));
        liberty.stop(); // a server left over from a killed run
        mail = new TestMailServer(EmbeddedServices.freePort()).start();
        ServerEnvironment.configure(liberty, services, workDir, httpPort);
        liberty.env("SMTP_URL", mail.url());
        liberty.env("HTTPS_PORT", System.getProperty("tripavail.httpsPort", "4543"));
        liberty.env("MAX_BODY_BYTES", "65536");
        TestSettings.apply(liberty);
        TestSettings.backups(liberty, services, workDir);
        TestServerHooks.install(liberty);
        // -Dtripavail.startMinutes=N for a crowded machine (measured: the app alone took 280 s under load 60)
        liberty.start(Duration.ofMinutes(Long.getLong("tripavail.startMinutes", 3)), httpPort);
    }

    /** SIGKILL of Liberty (a crash: nothing flushed, no shutdown), then a start on the same port and data. */
    public void crashAndRestart() throws Exception {
        liberty.kill();
        liberty.start(Duration.ofMinutes(3), httpPort);
    }

    public String baseUri() {
        return "http://localhost:" + httpPort;
    }

    public EmbeddedServices services() {
        return services;
    }

    public TestMailServer mail() {
        return mail;
    }

    public LibertyProcess liberty() {
        return liberty;
    }

    @Override
    public void close() throws Throwable {
        try {
            if (liberty != null) {
                liberty.stop(); // a clean stop: the JaCoCo agent writes its data on the way out
                TestServerHooks.remove(liberty);
            }
        } finally {
            if (mail != null) {
                mail.stop();
            }
            if (services != null) {
                services.close();
            }
        }
    }
}
