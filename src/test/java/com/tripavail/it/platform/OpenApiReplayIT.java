package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.payment.WebhookSignature;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.ContractValidator;
import com.tripavail.testenv.ServedOpenApi;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import com.tripavail.testenv.Uploads;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's own end-to-end flow, replayed with every request and response checked against the
 * document the server serves at {@code /openapi}: the happy paths (register, login, refresh,
 * onboarding, catalog, listings, search, quote, hold, confirm ok/declined/async, cancel, webhooks,
 * admin reads and writes) and the error answers clients must handle (400, 401, 402, 403, 404,
 * 409, 412, 415, 422, 429). Any answer the document does not describe fails the test, all of them
 * listed at once.
 */
@ExtendWith(TripAvailServer.class)
class OpenApiReplayIT {
    private static ContractValidator contract;

    /**
     * Validates against the served document, or with {@code -Dtripavail.replayDocument=<file>} against
     * another one (how the replay was shown failing on the document before it told the truth).
     */
    @BeforeAll
    static void validateEverything() throws java.io.IOException {
        String other = System.getProperty("tripavail.replayDocument", "");
        contract = new ContractValidator(
                other.isBlank() ? ServedOpenApi.json() : java.nio.file.Files.readString(java.nio.file.Path.of(other)));
        RestAssured.filters(contract);
    }

    @AfterAll
    static void stopValidating() {
        RestAssured.replaceFiltersWith(TestSettings.OWN_CLIENT_ADDRESS);
    }

    @Test
    void theRealFlowMatchesTheServedDocument() {
        try {
            Accounts.Session admin = Accounts.admin();
            Accounts.Session traveler = identity();
            CatalogFixtures.HotelSetup hotel = CatalogFixtures.approvedHotelProvider(admin);
            String hotelId = catalog(hotel, traveler);
            browse(hotel.city(), hotelId);
            bookings(traveler, hotel, hotelId);
            uploadsAndProviderReads(hotel.owner());
            administration(admin, hotel);
            edgeAnswers(traveler);
        } finally { // the violations met so far, also when a step of the flow itself went wrong
            System.out.println("OpenAPI replay exercised " + contract.exercised());
            contract.violations().forEach(v -> System.out.println("OpenAPI replay violation: " + v));
        }
        assertThat(contract.violations())
                .as("answers the served /openapi does not describe")
                .isEmpty();
    }

    private static Accounts.Session identity() {
        Accounts.Session traveler = Accounts.traveler();
        contract.invalidRequest(() -> given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        traveler.email(),
                        "password",
                        Accounts.PASSWORD,
                        "displayName",
                        "Twin",
                        "role",
                        "TRAVELER"))
                .post("/v1/auth/register")
                .then()
                .statusCode(409));
        contract.invalidRequest(() -> given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "short", "displayName", "", "role", "TRAVELER"))
                .post("/v1/auth/register")
                .then()
                .statusCode(400));
        String refresh = given().contentType(ContentType.JSON)
                .body(Map.of("email", traveler.email(), "password", Accounts.PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("refreshToken");
        String rotated = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refresh))
                .post("/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("refreshToken");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", traveler.email(), "password", "Wrong-Passw0rd-99"))
                .post("/v1/auth/login")
                .then()
                .statusCode(401);
        traveler.as().get("/v1/me").then().statusCode(200);
        contract.invalidRequest(() -> given().get("/v1/me").then().statusCode(401));
        contract.invalidRequest(
                () -> given().auth().oauth2("not.a.jwt").get("/v1/me").then().statusCode(401));
        Accounts.Session leaving = Accounts.login(traveler.email(), Accounts.PASSWORD);
        leaving.as()
                .body(Map.of("refreshToken", rotated))
                .post("/v1/auth/logout")
                .then()
                .statusCode(204);
        return traveler;
    }

    private static String catalog(CatalogFixtures.HotelSetup hotel, Accounts.Session traveler) {
        Accounts.Session owner = hotel.owner();
        owner.as().get("/v1/providers/me").then().statusCode(200);
        owner.as().get("/v1/providers/me/properties").then().statusCode(200);
        Response created = owner.as()
                .body(CatalogFixtures.hotelPackage(hotel.propertyId(), 12_900))
                .post("/v1/hotel-packages");
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = created.header("ETag");
        owner.as().get("/v1/hotel-packages/" + id + "/draft").then().statusCode(200);
        owner.as()
                .header("If-Match", etag)
                .body(Map.of("title", "Harbour view"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(200);
        owner.as()
                .header("If-Match", etag)
                .body(Map.of("title", "Stale edit"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(412);
        CatalogFixtures.stock(
                owner, id, LocalDate.now().plusDays(1), LocalDate.now().plusDays(31), 3);
        owner.as()
                .header("If-Match", etag)
                .body(Map.of(
                        "from", LocalDate.now().plusDays(1).toString(),
                        "to", LocalDate.now().plusDays(2).toString(),
                        "units", 3))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 412));
        owner.as().post("/v1/hotel-packages/" + id + "/publish").then().statusCode(200);
        contract.invalidRequest(() -> traveler.as()
                .body(CatalogFixtures.hotelPackage(hotel.propertyId(), 100))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(403));
        contract.invalidRequest(() -> owner.as()
                .body(Map.of("title", ""))
                .post("/v1/hotel-packages")
                .then()
                .statusCode(400));

        owner.as()
                .body(CatalogFixtures.tourPackage("Replay-" + UUID.randomUUID(), 4_000))
                .post("/v1/tour-packages")
                .then()
                .statusCode(409); // not_a_tour_operator
        CatalogFixtures.TourSetup operator = CatalogFixtures.approvedTourOperator(Accounts.admin());
        String tourId = TourPackages.of(operator)
                .price(4_000)
                .departure(LocalDate.now().plusDays(10), 8)
                .publish();
        operator.owner()
                .as()
                .get("/v1/tour-packages/" + tourId + "/draft")
                .then()
                .statusCode(200);
        given().get("/v1/tour-packages/" + tourId).then().statusCode(200);
        given().queryParam("country", "PT").get("/v1/tour-packages").then().statusCode(200);
        return id;
    }

    private static void browse(String city, String hotelId) {
        given().queryParam("city", city)
                .queryParam("limit", 1)
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200);
        given().queryParam("city", city)
                .queryParam("checkIn", LocalDate.now().plusDays(3).toString())
                .queryParam("checkOut", LocalDate.now().plusDays(4).toString())
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200);
        given().get("/v1/hotel-packages/" + hotelId).then().statusCode(200);
        given().queryParam("from", LocalDate.now().plusDays(1).toString())
                .queryParam("to", LocalDate.now().plusDays(5).toString())
                .get("/v1/hotel-packages/" + hotelId + "/availability")
                .then()
                .statusCode(200);
        contract.invalidRequest(() -> given().get("/v1/hotel-packages/" + hotelId + "/availability")
                .then()
                .statusCode(400));
        given().get("/v1/hotel-packages/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("q", "stay")
                .queryParam("limit", 2)
                .get("/v1/search")
                .then()
                .statusCode(200);
        contract.invalidRequest(
                () -> given().queryParam("limit", 0).get("/v1/search").then().statusCode(400));
        given().get("/v1/version").then().statusCode(200);
    }

    private static void bookings(Accounts.Session traveler, CatalogFixtures.HotelSetup hotel, String hotelId) {
        LocalDate in = LocalDate.now().plusDays(5);
        String paid = BookingFixtures.quotedHotel(traveler, hotelId, in, in.plusDays(1), 1);
        contract.invalidRequest(() ->
                traveler.as().post("/v1/bookings/" + paid + "/hold").then().statusCode(400)); // Idempotency-Key missing
        String key = UUID.randomUUID().toString();
        traveler.as()
                .header("Idempotency-Key", key)
                .post("/v1/bookings/" + paid + "/hold")
                .then()
                .statusCode(200);
        traveler.as()
                .header("Idempotency-Key", key)
                .post("/v1/bookings/" + paid + "/hold")
                .then()
                .statusCode(200);
        traveler.as()
                .header("Idempotency-Key", key)
                .body(Map.of("paymentMethod", "pm_card_ok"))
                .post("/v1/bookings/" + paid + "/confirm")
                .then()
                .statusCode(422); // same key, other request
        BookingFixtures.confirm(traveler, paid, "pm_card_ok").then().statusCode(200);
        traveler.as().get("/v1/bookings/" + paid).then().statusCode(200);
        traveler.as().get("/v1/bookings/" + paid + "/events").then().statusCode(200);
        hotel.owner().as().get("/v1/bookings/" + paid).then().statusCode(200);
        Accounts.traveler().as().get("/v1/bookings/" + paid).then().statusCode(404);
        BookingFixtures.cancel(traveler, paid).then().statusCode(200);
        BookingFixtures.cancel(traveler, paid).then().statusCode(409);

        String declined = BookingFixtures.quotedHotel(traveler, hotelId, in, in.plusDays(1), 1);
        BookingFixtures.hold(traveler, declined).then().statusCode(200);
        BookingFixtures.confirm(traveler, declined, "pm_card_declined").then().statusCode(402);

        String async = BookingFixtures.quotedHotel(traveler, hotelId, in.plusDays(1), in.plusDays(2), 1);
        BookingFixtures.hold(traveler, async).then().statusCode(200);
        BookingFixtures.confirm(traveler, async, "pm_card_async").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "CONFIRMED"
                        .equals(traveler.as().get("/v1/bookings/" + async).path("status")));

        String tooMany = BookingFixtures.quoteHotel(traveler, hotelId, in, in.plusDays(1), 1, 50)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        BookingFixtures.hold(traveler, tooMany).then().statusCode(409); // insufficient_inventory
        traveler.as()
                .queryParam("status", "CONFIRMED")
                .get("/v1/bookings")
                .then()
                .statusCode(200);
        hotel.owner().as().get("/v1/bookings").then().statusCode(200);

        String event = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"charge.succeeded\",\"data\":"
                + "{\"reference\":\"ch_unknown_" + UUID.randomUUID() + "\"}}";
        contract.invalidRequest(() -> given().body(event)
                .contentType(ContentType.JSON)
                .post("/v1/payments/webhooks/test")
                .then()
                .statusCode(400));
        given().body(event)
                .contentType(ContentType.JSON)
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.sign(
                                TestSettings.WEBHOOK_SECRET, Instant.now().getEpochSecond(), event))
                .post("/v1/payments/webhooks/test")
                .then()
                .statusCode(200);
    }

    private static void uploadsAndProviderReads(Accounts.Session owner) {
        Uploads.Ticket ticket = Uploads.ticket(owner, "PACKAGE_IMAGE", "image/jpeg", 2048);
        given().contentType("image/jpeg")
                .body(Uploads.jpeg(2048))
                .put(ticket.uploadUrl())
                .then()
                .statusCode(200);
        owner.as().get("/v1/uploads/" + ticket.fileId()).then().statusCode(200);
        String document = Uploads.document(owner);
        owner.as()
                .body(Map.of(
                        "type",
                        "INSURANCE",
                        "fileId",
                        document,
                        "expiresOn",
                        LocalDate.now().plusYears(1).toString()))
                .post("/v1/providers/me/documents")
                .then()
                .statusCode(201);
        owner.as().get("/v1/providers/me/documents").then().statusCode(200);
        owner.as().get("/v1/providers/me/balance").then().statusCode(200);
        owner.as().get("/v1/providers/me/payouts").then().statusCode(200);
        owner.as()
                .body(Map.of(
                        "destination",
                        "acct_replay_" + UUID.randomUUID().toString().substring(0, 8)))
                .put("/v1/providers/me/payout-destination")
                .then()
                .statusCode(200);
        owner.as().get("/v1/providers/me/payout-destination").then().statusCode(200);
    }

    private static void administration(Accounts.Session admin, CatalogFixtures.HotelSetup hotel) {
        admin.as()
                .queryParam("status", "APPROVED")
                .get("/v1/admin/providers")
                .then()
                .statusCode(200);
        admin.as()
                .get("/v1/admin/providers/" + hotel.providerId() + "/documents")
                .then()
                .statusCode(200);
        admin.as().get("/v1/admin/properties").then().statusCode(200);
        admin.as().get("/v1/admin/audit").then().statusCode(200);
        admin.as().get("/v1/admin/webhook-events").then().statusCode(200);
        admin.as().get("/v1/admin/notifications").then().statusCode(200);
        admin.as().get("/v1/admin/search/index").then().statusCode(200);
        admin.as().get("/v1/admin/payouts").then().statusCode(200);
        admin.as()
                .queryParam("bookingId", UUID.randomUUID())
                .get("/v1/admin/ledger")
                .then()
                .statusCode(404);
        admin.as().get("/v1/admin/jobs/executions/987654321").then().statusCode(404);
        admin.as()
                .body(Map.of("held", true, "reason", "replay"))
                .put("/v1/admin/payouts/holds/" + hotel.providerId())
                .then()
                .statusCode(200);
        admin.as().get("/v1/admin/jobs").then().statusCode(200);
        admin.as()
                .post("/v1/admin/jobs/notification-dispatch/run")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(202), org.hamcrest.Matchers.is(409)));
        admin.as()
                .body(Map.of("reason", "replay"))
                .post("/v1/admin/providers/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(404);
        String email = "replay-" + UUID.randomUUID() + "@it.tripavail.test";
        String userId = admin.as()
                .body(Map.of("email", email, "password", Accounts.PASSWORD, "displayName", "Replay", "role", "ADMIN"))
                .post("/v1/admin/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Accounts.Session second = Accounts.login(email, Accounts.PASSWORD);
        // refused once the edge branch lands (409 self_demotion); documented either way
        second.as()
                .body(Map.of("role", "TRAVELER", "reason", "replay"))
                .put("/v1/admin/users/" + userId + "/role")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 409));
    }

    private static void edgeAnswers(Accounts.Session traveler) {
        contract.invalidRequest(() -> traveler.as()
                .contentType(ContentType.TEXT)
                .body("paymentMethod=pm_card_ok")
                .post("/v1/bookings/quote")
                .then()
                .statusCode(415));
        contract.invalidRequest(() -> traveler.as()
                .body("{\"packageType\": \"HOTEL\",")
                .post("/v1/bookings/quote")
                .then()
                .statusCode(400));
        String address = TestSettings.nextAddress();
        String email = "throttled-" + UUID.randomUUID() + "@it.tripavail.test";
        int last = 0;
        for (int i = 0; i <= TestSettings.LOGIN_LIMIT; i++) {
            last = given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", address)
                    .body(Map.of("email", email, "password", "Wrong-Passw0rd-99"))
                    .post("/v1/auth/login")
                    .statusCode();
        }
        assertThat(last).isEqualTo(429);
    }
}
