package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.dev.ServerEnvironment;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.LibertyProcess;
import com.tripavail.testenv.TripAvailServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production mode, in one second copy of the installed server (the shared one is untouched), started
 * three times one after the other: with required variables missing or weak the start fails fast, naming
 * each variable and never printing a value; a typed setting that does not convert stops it too (in
 * development mode); fully configured it serves HSTS over https and redirects
 * plain http unless a trusted proxy vouches for https. The fully configured copy uses the shared
 * test server's PostgreSQL (already migrated: production never migrates) and Redis, and runs no jobs.
 */
@ExtendWith(TripAvailServer.class)
class ProductionStartupIT {
    private static final String SERVER = "tripavail-guard";
    private static final String WEAK_SECRET = "weak-secret-value";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static Path wlp;

    @BeforeAll
    static void copyTheInstalledServer() throws IOException {
        wlp = Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp"));
        LibertyProcess.copyOf(wlp, System.getProperty("tripavail.server", "tripavail"), SERVER);
    }

    @Test
    void missingAndWeakSecretsStopTheStart() throws Exception {
        LibertyProcess liberty = freshStart(new LibertyProcess(wlp, SERVER))
                .env("APP_ENV", "production")
                .env("PORT", Integer.toString(EmbeddedServices.freePort()))
                .env("HTTPS_PORT", Integer.toString(EmbeddedServices.freePort()))
                .env("REDIS_URL", "redis://127.0.0.1:1")
                .env("STORAGE_SIGNING_KEY", WEAK_SECRET);
        // KEYSTORE_PASSWORD unset: the application sees server.xml's development default (measured)
        try {
            liberty.startWithoutWaiting();
            Awaitility.await()
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    // the refusal, then Liberty's own verdict a moment later (seen late on a loaded machine)
                    .until(() -> liberty.readMessagesLog().contains("TripAvail cannot start")
                            && liberty.readMessagesLog().contains("CWWKZ0012I"));
            String log = liberty.readMessagesLog();
            assertThat(log)
                    .contains("DATABASE_URL is required in production")
                    .contains("JWT_PRIVATE_KEY is required in production")
                    .contains("STORAGE_SIGNING_KEY is too weak")
                    .contains("STRIPE_WEBHOOK_SECRET is required in production")
                    .contains("SMTP_URL is required in production")
                    .contains("KEYSTORE_PASSWORD is too weak")
                    .contains("BACKUP_DIR is required in production")
                    .doesNotContain(WEAK_SECRET)
                    .doesNotContain("tripavail-dev-keystore");
            assertThat(log).contains("CWWKZ0012I: The application tripavail was not started");
        } finally {
            liberty.stop();
        }
    }

    /** A typed setting read in a @PostConstruct (not an injected field) still stops the start when it does not convert. */
    @Test
    void aSettingThatDoesNotConvertStopsTheStart() throws Exception {
        int port = EmbeddedServices.freePort();
        LibertyProcess liberty = freshStart(new LibertyProcess(wlp, SERVER));
        ServerEnvironment.configure(
                liberty,
                TripAvailServer.get().services(),
                Path.of(System.getProperty("tripavail.workDir", "target/it-work"))
                        .resolve("unconvertible"),
                port);
        liberty.env("HTTPS_PORT", Integer.toString(EmbeddedServices.freePort()))
                .env("MIGRATE_ON_START", "false")
                .env("JOBS_ENABLED", "false")
                .env("ENABLE_TASK_EXECUTION", "false")
                .env("MAX_ACTIVE_HOLDS", "five");
        try {
            liberty.startWithoutWaiting();
            Awaitility.await()
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> liberty.readMessagesLog().contains("CWWKZ0012I"));
            assertThat(liberty.readMessagesLog())
                    .contains("TripAvail cannot start: MAX_ACTIVE_HOLDS is not a valid integer")
                    .doesNotContain("\"five\"")
                    .contains("CWWKZ0012I: The application tripavail was not started");
        } finally {
            liberty.stop();
        }
    }

    @Test
    void productionSendsHstsAndRedirectsPlainHttpUnlessATrustedProxySaysHttps() throws Exception {
        int port = EmbeddedServices.freePort();
        int httpsPort = EmbeddedServices.freePort();
        LibertyProcess liberty = freshStart(new LibertyProcess(wlp, SERVER));
        Path workDir = Path.of(System.getProperty("tripavail.workDir", "target/it-work"))
                .resolve("production");
        ServerEnvironment.configure(liberty, TripAvailServer.get().services(), workDir, port);
        liberty.env("APP_ENV", "production")
                .env("HTTPS_PORT", Integer.toString(httpsPort))
                .env("TRUSTED_PROXIES", "127.0.0.1/32")
                .env("JWT_PRIVATE_KEY", newPrivateKeyPem())
                .env("JWT_KEY_ID", "production-it")
                .env("JWT_ISSUER", "tripavail")
                .env("CORS_ORIGINS", "https://app.tripavail.test")
                .env("STORAGE_SIGNING_KEY", "Storage-Signing-Key-For-The-Production-IT-0123456789")
                .env("STRIPE_WEBHOOK_SECRET", "whsec_production_it_0123456789abcdefghijklmn")
                .env("KEYSTORE_PASSWORD", "Keystore-Pass-For-The-Production-IT")
                .env("SMTP_URL", "smtp://127.0.0.1:" + EmbeddedServices.freePort())
                .env("ENABLE_TASK_EXECUTION", "false")
                .env("BACKUP_DIR", workDir.resolve("backups").toString())
                .env("JOBS_ENABLED", "false");
        try {
            liberty.start(Duration.ofMinutes(3), port);

            // plain http from the trusted proxy, which does not say https: permanent redirect, no HSTS
            given().baseUri("http://localhost")
                    .port(port)
                    .redirects()
                    .follow(false)
                    .get("/v1/version?probe=1")
                    .then()
                    .statusCode(308)
                    .header("Location", "https://localhost:" + port + "/v1/version?probe=1")
                    .header("Strict-Transport-Security", nullValue());
            // the trusted proxy terminated TLS: served, with HSTS
            given().baseUri("http://localhost")
                    .port(port)
                    .header("X-Forwarded-Proto", "https")
                    .get("/v1/version")
                    .then()
                    .statusCode(200)
                    .header("Strict-Transport-Security", HSTS);
            // https to the server itself (its keystore opens with the production KEYSTORE_PASSWORD)
            given().relaxedHTTPSValidation()
                    .baseUri("https://localhost")
                    .port(httpsPort)
                    .get("/v1/version")
                    .then()
                    .statusCode(200)
                    .header("Strict-Transport-Security", HSTS);
            // a peer that is not a trusted proxy cannot claim https, neither with X-Forwarded-Proto nor with
            // Liberty's own private header (both trusted from anyone by Liberty's default)
            assertThat(statusLineFrom("127.0.0.2", port, "X-Forwarded-Proto: https"))
                    .startsWith("HTTP/1.1 308");
            assertThat(statusLineFrom("127.0.0.2", port, "$WSIS: true")).startsWith("HTTP/1.1 308");
        } finally {
            liberty.stop();
        }
    }

    /** A raw request from a chosen loopback source address (HTTP clients here cannot pick one). */
    private static String statusLineFrom(String sourceAddress, int port, String header) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(sourceAddress), 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/version HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + header
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static String newPrivateKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String body = Base64.getEncoder()
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY----- " + body + " -----END PRIVATE KEY-----";
    }

    /**
     * Each start reads only its own messages (the last start's logs stay for a look after the run) and
     * makes its own keystore: one made by an earlier start with another KEYSTORE_PASSWORD would not
     * open (CWPKI0033E, measured), just as one a release package brought along.
     */
    private static LibertyProcess freshStart(LibertyProcess liberty) throws IOException {
        LibertyProcess.deleteTree(liberty.logsDir());
        LibertyProcess.deleteTree(liberty.logsDir().resolveSibling("resources").resolve("security"));
        return liberty;
    }
}
