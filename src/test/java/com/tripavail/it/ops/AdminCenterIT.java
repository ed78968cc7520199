package com.tripavail.it.ops;

import static com.tripavail.testenv.TestSettings.ADMIN_CENTER_PASSWORD;
import static com.tripavail.testenv.TestSettings.ADMIN_CENTER_USER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.dev.ServerEnvironment;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.EmbeddedServices;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.LibertyProcess;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Liberty admin center and the batch REST API behind its Java Batch tool: only the
 * ADMIN_CENTER_USER of the environment gets in (over HTTPS); anonymous callers and TripAvail JWTs,
 * ADMIN ones included, get nothing; the application's own timers and admin endpoints still start
 * jobs, and the admin center user sees them.
 */
@ExtendWith(TripAvailServer.class)
class AdminCenterIT {
    /** The batch REST API's request to start the booking-completion job. */
    private static final Map<String, Object> START_COMPLETION_JOB =
            Map.of("applicationName", "tripavail", "moduleName", "tripavail.war", "jobXMLName", "booking-completion");

    private static final String BATCH = "/ibm/api/batch/jobinstances";
    private static Accounts.Session admin;

    @BeforeAll
    static void setUp() {
        admin = Accounts.admin();
    }

    private static int httpsPort() {
        return Integer.parseInt(System.getProperty("tripavail.httpsPort", "4543"));
    }

    private static RequestSpecification https() {
        return https(httpsPort());
    }

    private static RequestSpecification https(int port) {
        return given().baseUri("https://localhost")
                .port(port)
                .redirects()
                .follow(false)
                .relaxedHTTPSValidation();
    }

    private static RequestSpecification adminCenterUser() {
        return https().auth().preemptive().basic(ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD);
    }

    @Test
    void anonymousCallersGetNoBatchAccess() {
        https().get(BATCH).then().statusCode(401);
        https().get("/ibm/api/batch/jobexecutions/1").then().statusCode(401);
        https().contentType("application/json")
                .body(START_COMPLETION_JOB)
                .post(BATCH)
                .then()
                .statusCode(401);
        // plain HTTP is no way around it either
        int plain = given().redirects().follow(false).get(BATCH).statusCode();
        assertThat(plain).isIn(302, 401, 403);
    }

    @Test
    void wrongPasswordsAndEmptyCredentialsGetNothing() {
        https().auth()
                .preemptive()
                .basic(ADMIN_CENTER_USER, "wrong-password")
                .get(BATCH)
                .then()
                .statusCode(401);
        https().header("Authorization", "Basic Og==").get(BATCH).then().statusCode(401); // ":"
    }

    @Test
    void aTripAvailJwtEvenAnAdminOneGrantsNothing() {
        https().header("Authorization", "Bearer " + admin.token())
                .get(BATCH)
                .then()
                .statusCode(401);
        https().header("Authorization", "Bearer " + admin.token())
                .contentType("application/json")
                .body(START_COMPLETION_JOB)
                .post(BATCH)
                .then()
                .statusCode(401);
        Response page =
                https().header("Authorization", "Bearer " + admin.token()).get("/adminCenter/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/adminCenter/login.jsp");
    }

    @Test
    void theAdminCenterAsksAnonymousUsersToLogIn() {
        Response page = https().get("/adminCenter/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/adminCenter/login.jsp");
        Response tool = https().get("/adminCenter/tool/explore"); // any protected page
        assertThat(tool.statusCode()).isIn(302, 401, 403, 404);
        if (tool.statusCode() == 302) {
            assertThat(tool.header("Location")).contains("login.jsp");
        }
    }

    @Test
    void theAdminCenterUserLogsInThroughTheForm() {
        CookieFilter browser = new CookieFilter();
        Response login = formLogin(httpsPort(), browser, ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD);
        assertThat(login.statusCode()).as("login answer %s", login.headers()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("login");
        assertThat(login.cookie("LtpaToken2")).isNotBlank();
        https().filter(browser).get("/adminCenter/").then().statusCode(200);

        CookieFilter intruder = new CookieFilter();
        assertThat(formLogin(httpsPort(), intruder, ADMIN_CENTER_USER, "nope").cookie("LtpaToken2"))
                .isNullOrEmpty();
        assertThat(https().filter(intruder).get("/adminCenter/").header("Location"))
                .contains("login.jsp");
    }

    /**
     * The admin center's login form as a browser submits it: the protected page, the login page
     * (whose script copies its csrfToken cookie into the form), then j_security_check.
     */
    static Response formLogin(int httpsPort, CookieFilter browser, String user, String password) {
        Response first = https(httpsPort).filter(browser).get("/adminCenter/");
        assertThat(first.header("Location")).contains("/adminCenter/login.jsp");
        Response form = https(httpsPort).filter(browser).get("/adminCenter/login.jsp");
        form.then().statusCode(200);
        String csrf = form.cookie("csrfToken") != null ? form.cookie("csrfToken") : first.cookie("csrfToken");
        return https(httpsPort)
                .filter(browser)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user)
                .formParam("j_password", password)
                .formParam("X-CSRF-Token", csrf == null ? "" : csrf)
                .post("/adminCenter/j_security_check");
    }

    @Test
    void theAdminCenterUserSeesJobsStartedThroughTheApi() {
        long execution = Jobs.run(admin, "booking-completion");

        Map<String, Object> seen = adminCenterUser()
                .get("/ibm/api/batch/jobexecutions/" + execution)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(seen).containsEntry("jobName", "booking-completion").containsEntry("batchStatus", "COMPLETED");

        List<String> names = adminCenterUser()
                .get(BATCH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("jobName");
        assertThat(names).contains("booking-completion");
    }

    @Test
    void theApplicationsTimersStillStartJobsAndTheAdminCenterUserSeesThem() {
        // a new hold-expiry instance (the job repository outlives test runs): the timer fires every
        // 10 s on an unauthenticated thread, up to the missed-task threshold (100 s) after a restart.
        // Measured: without EVERYONE as batchSubmitter these starts fail with CWWKY0304W.
        long before = newestHoldExpiryInstance();
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> newestHoldExpiryInstance() > before);
    }

    private static long newestHoldExpiryInstance() {
        List<Number> ids = adminCenterUser()
                .get(BATCH + "?jobName=hold-expiry")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("instanceId");
        return ids.stream().mapToLong(Number::longValue).max().orElse(0);
    }

    @Test
    void theAdminCenterUserIsNoUserOfTheTripAvailApi() {
        given().auth()
                .preemptive()
                .basic(ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD)
                .get("/v1/me")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic(ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD)
                .get("/v1/admin/jobs/executions/1")
                .then()
                .statusCode(401);
    }

    /**
     * A second copy of the server started without ADMIN_CENTER_USER / ADMIN_CENTER_PASSWORD: it
     * starts (ready), and nobody gets into the admin center or the batch API, whatever they send.
     */
    @Test
    void withoutTheVariablesTheServerStartsAndNobodyGetsIn() throws Exception {
        Path wlp = Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp"));
        LibertyProcess liberty =
                LibertyProcess.copyOf(wlp, System.getProperty("tripavail.server", "tripavail"), "tripavail-noadmin");
        int httpPort = EmbeddedServices.freePort();
        int httpsPort = EmbeddedServices.freePort();
        ServerEnvironment.configure(
                liberty,
                TripAvailServer.get().services(),
                Path.of(System.getProperty("tripavail.workDir", "target/it-work")),
                httpPort);
        liberty.env("HTTPS_PORT", Integer.toString(httpsPort))
                .env("MIGRATE_ON_START", "false")
                .env("JOBS_ENABLED", "false")
                .env("ENABLE_TASK_EXECUTION", "false");
        try {
            liberty.start(Duration.ofMinutes(3), httpPort);
            for (String[] credentials : new String[][] {
                {"", ""},
                {ADMIN_CENTER_USER, ADMIN_CENTER_PASSWORD},
                {"admin", "admin"},
                {"${ADMIN_CENTER_USER}", "${ADMIN_CENTER_PASSWORD}"}
            }) {
                https(httpsPort)
                        .auth()
                        .preemptive()
                        .basic(credentials[0], credentials[1])
                        .get(BATCH)
                        .then()
                        .statusCode(401);
                Response login = formLogin(httpsPort, new CookieFilter(), credentials[0], credentials[1]);
                assertThat(login.cookie("LtpaToken2"))
                        .as("login as '%s'", credentials[0])
                        .isNullOrEmpty();
            }
            https(httpsPort).get(BATCH).then().statusCode(401);
            https(httpsPort)
                    .header("Authorization", "Basic Og==")
                    .get(BATCH)
                    .then()
                    .statusCode(401);
        } finally {
            liberty.stop();
        }
    }
}
