package com.tripavail.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one jobs framework through the admin API: every declared job is listed with its schedule and
 * next firing; a run holds the job's cluster-wide claim in job_runs, so another start while it is
 * held is refused 409 job_running, a claim older than the lease (its server died) is taken over,
 * and the run's end is recorded for the list.
 */
@ExtendWith(TripAvailServer.class)
class JobsIT {
    private static final String JOB = "booking-completion";

    @Test
    void everyDeclaredJobIsListedWithItsScheduleAndNextRun() {
        JsonPath list = Accounts.admin()
                .as()
                .get("/v1/admin/jobs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getList("data.name", String.class))
                .containsExactlyInAnyOrder(
                        "backup",
                        "restore-drill",
                        "booking-completion",
                        "document-expiry",
                        "hold-expiry",
                        "notification-dispatch",
                        "payment-reconciliation",
                        "payouts",
                        "search-indexing");
        Map<String, Object> expiry = job(list, "document-expiry");
        assertThat(expiry.get("schedule")).isEqualTo("daily at 03:00 UTC");
        assertThat(expiry.get("enabled")).isEqualTo(true);
        assertThat(expiry.get("nextRun")).isNotNull();
        assertThat(job(list, "hold-expiry").get("schedule")).isEqualTo("every PT10S");
        assertThat(job(list, "hold-expiry").get("nextRun")).isNotNull();
        assertThat(job(list, "backup").get("schedule")).isEqualTo("daily at 02:30 UTC");
        assertThat(job(list, "restore-drill").get("schedule")).isEqualTo("weekly Sun at 04:30 UTC");
        assertThat(job(list, "restore-drill").get("nextRun")).isNotNull();
    }

    @Test
    void aHeldClaimRefusesASecondRunUntilItsLeaseHasPassed() {
        Accounts.Session admin = Accounts.admin();
        Jobs.run(admin, JOB); // the row exists and is free
        try {
            BookingFixtures.update("UPDATE job_runs SET claimed_at = now() WHERE job_name = ?", JOB);
            admin.as()
                    .post("/v1/admin/jobs/" + JOB + "/run")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("job_running"));
            assertThat(job(list(admin), JOB).get("running")).isEqualTo(true);

            // the server holding it died: past the lease (10 min) another run takes over
            BookingFixtures.update(
                    "UPDATE job_runs SET claimed_at = now() - interval '11 minutes' WHERE job_name = ?", JOB);
            long execution = Jobs.run(admin, JOB);

            @SuppressWarnings("unchecked")
            Map<String, Object> last =
                    (Map<String, Object>) job(list(admin), JOB).get("lastRun");
            assertThat(((Number) last.get("executionId")).longValue()).isEqualTo(execution);
            assertThat(last.get("status")).isEqualTo("COMPLETED");
            assertThat((String) last.get("exitStatus")).startsWith("HANDLED_");
            assertThat(last.get("items")).isNotNull();
            assertThat(last.get("start")).isNotNull();
            assertThat(last.get("end")).isNotNull();
            assertThat(job(list(admin), JOB).get("running")).isEqualTo(false);
        } finally {
            BookingFixtures.update("UPDATE job_runs SET claimed_at = NULL WHERE job_name = ?", JOB);
        }
    }

    @Test
    void anUnknownJobIsNotFound() {
        Accounts.admin().as().post("/v1/admin/jobs/no-such-job/run").then().statusCode(404);
    }

    private static JsonPath list(Accounts.Session admin) {
        return admin.as().get("/v1/admin/jobs").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> job(JsonPath list, String name) {
        List<Map<String, Object>> jobs = list.getList("data");
        return jobs.stream().filter(j -> name.equals(j.get("name"))).findFirst().orElseThrow();
    }
}
