package com.tripavail.it.provider;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TripAvailServer;
import com.tripavail.testenv.Uploads;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Verification documents and the expiry check (run now through the admin endpoint) against the real database. */
@ExtendWith(TripAvailServer.class)
class DocumentExpiryIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void providersFileDocumentsAndAdminsReadThemInReview() {
        var setup = CatalogFixtures.approvedTourOperator(admin);
        byte[] pdf = Uploads.pdf(6000);
        String fileId = Uploads.upload(setup.owner(), "VERIFICATION_DOCUMENT", "application/pdf", pdf);
        file(setup.owner(), "INSURANCE", fileId, LocalDate.now().plusYears(1))
                .then()
                .statusCode(201)
                .body("type", equalTo("INSURANCE"))
                .body("fileId", equalTo(fileId));
        setup.owner()
                .as()
                .get("/v1/providers/me/documents")
                .then()
                .statusCode(200)
                .body("", hasSize(1));

        String url = admin.as()
                .get("/v1/admin/providers/" + setup.providerId() + "/documents")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .extract()
                .path("[0].downloadUrl");
        assertThat(given().get(url)
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray())
                .isEqualTo(pdf);

        file(setup.owner(), "INSURANCE", fileId, LocalDate.now().plusYears(1))
                .then()
                .statusCode(409)
                .body("code", equalTo("document_file_in_use"));
        file(setup.owner(), "INSURANCE", Uploads.document(setup.owner()), LocalDate.now())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
        file(
                        setup.owner(),
                        "INSURANCE",
                        Uploads.image(setup.owner()),
                        LocalDate.now().plusDays(5))
                .then()
                .statusCode(409)
                .body("code", equalTo("wrong_upload_purpose"));
        Accounts.Session stranger = Accounts.providerAccount();
        CatalogFixtures.onboard(stranger, "HOTEL");
        file(
                        stranger,
                        "INSURANCE",
                        Uploads.document(setup.owner()),
                        LocalDate.now().plusDays(5))
                .then()
                .statusCode(404);
        Accounts.traveler().as().get("/v1/providers/me/documents").then().statusCode(403);
        setup.owner()
                .as()
                .get("/v1/admin/providers/" + setup.providerId() + "/documents")
                .then()
                .statusCode(403);
        admin.as()
                .get("/v1/admin/providers/" + UUID.randomUUID() + "/documents")
                .then()
                .statusCode(404);
    }

    @Test
    void expiredInsuranceSuspendsTheProviderUntilReapprovedWithANewOne() throws Exception {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String packageId =
                HotelPackages.of(setup).price(20000).rooms(1).stockedNights(30).publish();
        String documentId = filed(setup.owner(), "INSURANCE", LocalDate.now().plusDays(60));
        expireYesterday(documentId);

        Jobs.run(admin, "document-expiry");
        providerOf(setup.owner())
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", containsString("INSURANCE"));
        hotelsIn(setup.city()).then().statusCode(200).body("data", hasSize(0));
        given().get("/v1/hotel-packages/" + packageId).then().statusCode(404);
        assertThat(auditTargets("provider.suspended", "system")).contains(setup.providerId());

        filed(setup.owner(), "INSURANCE", LocalDate.now().plusYears(1));
        CatalogFixtures.approveProvider(admin, setup.providerId());
        Jobs.run(admin, "document-expiry");
        providerOf(setup.owner()).then().body("status", equalTo("APPROVED"));
        setup.owner()
                .as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(200);
        hotelsIn(setup.city()).then().body("data", hasSize(1));
    }

    @Test
    void aRequiredDocumentExpiringSoonIsWarnedAboutOnce() {
        var setup = CatalogFixtures.approvedTourOperator(admin);
        filed(setup.owner(), "INSURANCE", LocalDate.now().plusDays(10));
        // not required by default: no warning
        filed(setup.owner(), "TOURISM_REGISTRATION", LocalDate.now().plusDays(10));

        String first = Jobs.runForExit(admin, "document-expiry");
        assertThat(first).matches("WARNED_\\d+_SUSPENDED_\\d+");
        assertThat(Integer.parseInt(first.replaceAll("WARNED_(\\d+)_.*", "$1"))).isGreaterThanOrEqualTo(1);
        Jobs.run(admin, "document-expiry");

        assertThat(auditTargets("provider.document_expiring", "system")).containsOnlyOnce(setup.providerId());
        assertThat(Metrics.scrape())
                .contains("tripavail_document_expiry_runs_total")
                .contains("tripavail_document_expiry_warned_total");
        providerOf(setup.owner()).then().body("status", equalTo("APPROVED"));
        setup.owner()
                .as()
                .get("/v1/providers/me/documents")
                .then()
                .body("find { it.type == 'INSURANCE' }.warnedAt", org.hamcrest.Matchers.notNullValue())
                .body("find { it.type == 'TOURISM_REGISTRATION' }.warnedAt", equalTo(null));
    }

    @Test
    void concurrentRunsWarnAndSuspendEachProviderExactlyOnce() throws Exception {
        List<String> warnedProviders = new java.util.ArrayList<>();
        List<String> suspendedProviders = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var expiring = CatalogFixtures.approvedTourOperator(admin);
            filed(expiring.owner(), "BUSINESS_LICENCE", LocalDate.now().plusDays(3));
            warnedProviders.add(expiring.providerId());
            var expired = CatalogFixtures.approvedTourOperator(admin);
            expireYesterday(filed(expired.owner(), "INSURANCE", LocalDate.now().plusDays(90)));
            suspendedProviders.add(expired.providerId());
        }

        // four at once: one runs, the others are refused 409 job_running (one run at a time cluster-wide)
        assertThat(Jobs.runConcurrently(admin, "document-expiry", 4)).isBetween(1, 4);
        Jobs.run(admin, "document-expiry");

        List<String> warnings = auditTargets("provider.document_expiring", "system");
        List<String> suspensions = auditTargets("provider.suspended", "system");
        for (String id : warnedProviders) {
            assertThat(warnings).containsOnlyOnce(id);
        }
        for (String id : suspendedProviders) {
            assertThat(suspensions).containsOnlyOnce(id);
        }
    }

    @Test
    void onlyAdminsRunTheJob() {
        Accounts.providerAccount()
                .as()
                .post("/v1/admin/jobs/document-expiry/run")
                .then()
                .statusCode(403);
        given().post("/v1/admin/jobs/document-expiry/run").then().statusCode(401);
    }

    private static io.restassured.response.Response file(
            Accounts.Session owner, String type, String fileId, LocalDate expiresOn) {
        return owner.as()
                .body(Map.of("type", type, "fileId", fileId, "expiresOn", expiresOn.toString()))
                .post("/v1/providers/me/documents");
    }

    /** {@code owner} files a document of {@code type} it has just uploaded (201); the document's id. */
    private static String filed(Accounts.Session owner, String type, LocalDate expiresOn) {
        return file(owner, type, Uploads.document(owner), expiresOn)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response providerOf(Accounts.Session owner) {
        return owner.as().get("/v1/providers/me");
    }

    private static io.restassured.response.Response hotelsIn(String city) {
        return given().queryParam("city", city).get("/v1/hotel-packages");
    }

    private static List<String> auditTargets(String action, String actor) {
        return admin.as()
                .queryParam("action", action)
                .queryParam("actor", actor)
                .queryParam("limit", 100)
                .get("/v1/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.targetId");
    }

    /** Time passing: the API refuses documents that are already expired, so the test ages one in the database. */
    private static void expireYesterday(String documentId) {
        assertThat(BookingFixtures.update(
                        "UPDATE provider_documents SET expires_on = current_date - 1 WHERE public_id = ?::uuid",
                        documentId))
                .isEqualTo(1);
    }
}
