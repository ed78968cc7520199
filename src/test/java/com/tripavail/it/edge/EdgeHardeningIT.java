package com.tripavail.it.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The findings of the outside probe (issue 12, "Edge and identity" and the date defects), each
 * through the real server: what the port answers, what it reflects, and the identity rules.
 */
@ExtendWith(TripAvailServer.class)
class EdgeHardeningIT {
    static Accounts.Session admin;
    static CatalogFixtures.HotelSetup setup;
    static String pkg;

    @BeforeAll
    static void prepare() {
        admin = Accounts.admin();
        setup = CatalogFixtures.approvedHotelProvider(admin);
        pkg = HotelPackages.of(setup).price(4_000).rooms(3).publish();
    }

    private static void assertInvalidField(Response r, String field) {
        r.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem(field));
    }

    private static io.restassured.specification.RequestSpecification raw() {
        return given().urlEncodingEnabled(false).redirects().follow(false);
    }

    @Test
    void datesOutsideWhatPostgresqlStoresAre400sNamingTheField() {
        String far = "%2B5874898-01-01";
        String ancient = "-4713-01-01";
        assertInvalidField(raw().get("/v1/hotel-packages?checkIn=" + far + "&checkOut=2027-01-02"), "checkIn");
        assertInvalidField(raw().get("/v1/tour-packages?from=" + ancient + "&to=2027-01-02"), "from");
        assertInvalidField(raw().get("/v1/search?q=lisbon&checkIn=2027-01-01&checkOut=" + far), "checkOut");
        assertInvalidField(raw().get("/v1/hotel-packages/" + pkg + "?checkIn=" + far + "&checkOut=" + far), "checkIn");
        assertInvalidField(raw().get("/v1/hotel-packages/" + pkg + "/availability?from=2027-01-01&to=" + far), "to");
        assertInvalidField(raw().get("/v1/tour-packages/" + UUID.randomUUID() + "?from=" + ancient), "from");
        Accounts.Session traveler = Accounts.traveler();
        Map<String, Object> quote = Map.of(
                "packageType", "HOTEL",
                "packageId", pkg,
                "checkIn", "+999999999-01-01",
                "checkOut", "2027-01-02",
                "guests", 1);
        assertInvalidField(traveler.as().body(quote).post("/v1/bookings/quote"), "checkIn");
        // inside the range but past the two-year inventory horizon: refused before any lookup
        LocalDate late = LocalDate.now().plusDays(800);
        assertInvalidField(BookingFixtures.quoteHotel(traveler, pkg, late, late.plusDays(2), 1, 1), "checkIn");
    }

    @Test
    void theContainersOwnErrorPagesAreProblemJson() {
        for (String path : List.of("/WEB-INF/web.xml", "/v1/..%2fWEB-INF/web.xml", "/META-INF/MANIFEST.MF")) {
            Response r = raw().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.header("X-Request-Id")).as(path).isNotBlank();
            assertThat(r.asString()).as(path).doesNotContain("SRVE", "Exception", "jakarta.");
        }
    }

    @Test
    void libertysOwnEndpointsCarryTheSecurityHeaders() {
        // their real answers, straight from Liberty's port: health and the document over http, the
        // metrics as the scraper reads them (https, its credentials), and the redirect of /metrics
        Map<String, Response> answers = Map.of(
                "/health/ready", raw().get("/health/ready"),
                "/health/live", raw().get("/health/live"),
                "/openapi", raw().get("/openapi"),
                "/metrics (scraper)", Metrics.scraper().get("/metrics"),
                "/metrics (http)", raw().get("/metrics"));
        answers.forEach((what, r) -> {
            assertThat(r.statusCode()).as(what).isEqualTo(what.equals("/metrics (http)") ? 302 : 200);
            assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(r.header("$WSEP")).as(what).isNull();
            assertThat(r.header("X-Powered-By")).as(what).isNull();
            assertThat(r.header("Server")).as(what).isNull();
        });
    }

    @Test
    void libertysJwtEndpointsPublishNoKeyAndNameNoInternals() {
        // mpJwt brings Liberty's /jwt application; its default builder published the keystore's key
        for (var client : List.of(raw(), https())) {
            Response jwk = client.get("/jwt/ibm/api/defaultJWT/jwk");
            assertThat(jwk.asString()).as("jwk").doesNotContain("\"kty\"", "\"keys\"", "\"n\"");
            for (String path : List.of(
                    "/jwt/ibm/api/defaultJWT/token", "/jwt/ibm/api/nope/jwk", "/jwt/", "/jwt/WEB-INF/web.xml")) {
                Response r = client.get(path);
                assertThat(r.statusCode()).as(path).isBetween(400, 499);
                assertNoInternals(path, r);
            }
        }
        // its servlet believes X-Forwarded-Proto from anyone; it then wants registry credentials
        Response forged = raw().header("X-Forwarded-Proto", "https").get("/jwt/ibm/api/defaultJWT/token");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertNoInternals("forged https", forged);
    }

    @Test
    void libertysOwnErrorPagesNameNoMessageIdOrClass() {
        Map<String, Response> answers = Map.of(
                "GET /health/nope", raw().get("/health/nope"),
                "GET /openapi/ui/nope", raw().get("/openapi/ui/nope"),
                "DELETE /openapi", raw().delete("/openapi"),
                "GET https /health/nope", https().get("/health/nope"),
                "GET https /openapi/nope", https().get("/openapi/nope"));
        answers.forEach((what, r) -> {
            assertThat(r.statusCode()).as(what).isBetween(400, 499);
            assertNoInternals(what, r);
        });
    }

    private static void assertNoInternals(String what, Response r) {
        assertThat(r.asString())
                .as(what)
                .doesNotContain("SRVE", "CWW", "Exception", "jakarta.", "java.", "com.ibm", "http://", "https://");
    }

    private static io.restassured.specification.RequestSpecification https() {
        return raw().baseUri("https://localhost")
                .port(Integer.parseInt(System.getProperty("tripavail.httpsPort", "4543")))
                .relaxedHTTPSValidation();
    }

    @Test
    void metricsNeedTheScrapersCredentials() {
        assertThat(raw().get("/metrics").statusCode()).isNotEqualTo(200);
        assertThat(Metrics.scraper().auth().none().get("/metrics").statusCode()).isEqualTo(401);
        assertThat(Metrics.scraper()
                        .auth()
                        .preemptive()
                        .basic("prometheus", "not-the-password")
                        .get("/metrics")
                        .statusCode())
                .isEqualTo(401);
        Metrics.scraper().get("/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("jvm_"));
    }

    @Test
    void theHostHeaderIsNeverReflected() {
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(3);
        String location = traveler.as()
                .header("Host", "evil.example")
                .body(Map.of(
                        "packageType",
                        "HOTEL",
                        "packageId",
                        pkg,
                        "checkIn",
                        in.toString(),
                        "checkOut",
                        in.plusDays(1).toString(),
                        "guests",
                        1))
                .post("/v1/bookings/quote")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(location)
                .doesNotContain("evil.example")
                .startsWith(TripAvailServer.get().baseUri() + "/v1/bookings/");
        String servers = given().header("Host", "evil.example")
                .accept(ContentType.JSON)
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("servers[0].url");
        assertThat(servers).isEqualTo(TripAvailServer.get().baseUri());
        // Liberty's own redirects (/openapi/ui to its slash, http to the HTTPS port) still name the
        // Host: no Liberty setting changes them (measured, docs/identity-and-edge-security.md); nginx
        // answers /openapi/ui itself at the edge
    }

    @Test
    void aStaleIfMatchOnTheInventoryIs412() {
        String etag = CatalogFixtures.hotelDraftETag(setup.owner(), pkg);
        Map<String, Object> stock = Map.of(
                "from", LocalDate.now().plusDays(70).toString(),
                "to", LocalDate.now().plusDays(72).toString(),
                "units", 2);
        setup.owner()
                .as()
                .header("If-Match", "\"999999\"")
                .body(stock)
                .put("/v1/hotel-packages/" + pkg + "/inventory")
                .then()
                .statusCode(412);
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM hotel_nights n JOIN hotel_packages p ON p.id = n.package_id"
                                + " WHERE p.public_id = ?::uuid AND n.night >= ?",
                        pkg,
                        LocalDate.now().plusDays(70)))
                .isZero();
        setup.owner()
                .as()
                .header("If-Match", etag)
                .body(stock)
                .put("/v1/hotel-packages/" + pkg + "/inventory")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue());
    }

    @Test
    void anAdministratorCannotDemoteThemselves() {
        Accounts.Session self = Accounts.admin();
        self.as()
                .body(Map.of("role", "TRAVELER", "reason", "stepping down"))
                .put("/v1/admin/users/" + self.userId() + "/role")
                .then()
                .statusCode(409)
                .body("code", equalTo("self_demotion"));
        self.as().get("/v1/me").then().statusCode(200).body("role", equalTo("ADMIN"));
        // another administrator may demote them: there are others left
        Accounts.Session other = Accounts.admin();
        other.as()
                .body(Map.of("role", "TRAVELER", "reason", "rotation"))
                .put("/v1/admin/users/" + self.userId() + "/role")
                .then()
                .statusCode(200);
    }

    @Test
    void emailsAreComparedOnTheirCanonicalForm() {
        String local = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        String email = local + "@it.tripavail.test";
        register(email).then().statusCode(201);
        register(email + ".").then().statusCode(409);
        register(toFullWidth(local) + "@it.tripavail.test").then().statusCode(409);
        for (String hidden : List.of("\u200b", "\u200d", "\ufeff", "\u202e", "\u0007")) {
            Response r = register(local + hidden + "x@it.tripavail.test");
            assertInvalidField(r, "email");
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase() + ".", "password", Accounts.PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200);
    }

    private static Response register(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email", email, "password", Accounts.PASSWORD, "displayName", "Canonical", "role", "TRAVELER"))
                .post("/v1/auth/register");
    }

    private static String toFullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        return b.toString();
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        Accounts.Session traveler = Accounts.traveler();
        for (String scheme : List.of("bearer", "BEARER", "bEaReR")) {
            given().header("Authorization", scheme + " " + traveler.token())
                    .get("/v1/me")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(traveler.userId()));
        }
        given().header("Authorization", "bearer not-a-token")
                .get("/v1/me")
                .then()
                .statusCode(401)
                .body("code", equalTo("unauthorized"));
    }

    @Test
    void personalAndBookingDataIsNeverStoredAndProvidersSeeOnlyHeldBookings() {
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(9);
        String id = BookingFixtures.quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        for (String path : List.of("/v1/me", "/v1/bookings/" + id, "/v1/bookings", "/v1/bookings/" + id + "/events")) {
            traveler.as().get(path).then().statusCode(200).header("Cache-Control", "no-store");
        }
        setup.owner().as().get("/v1/providers/me").then().statusCode(200).header("Cache-Control", "no-store");
        traveler.as()
                .body(Map.of("purpose", "PACKAGE_IMAGE", "contentType", "image/png", "sizeBytes", 100))
                .post("/v1/uploads")
                .then()
                .header("Cache-Control", "no-store");

        // a bare quote is the traveler's own business
        setup.owner().as().get("/v1/bookings/" + id).then().statusCode(404);
        setup.owner().as().get("/v1/bookings/" + id + "/events").then().statusCode(404);
        setup.owner().as().get("/v1/bookings").then().statusCode(200).body("data.id", not(hasItem(id)));

        BookingFixtures.hold(traveler, id).then().statusCode(200);
        setup.owner().as().get("/v1/bookings/" + id).then().statusCode(200);
        setup.owner().as().get("/v1/bookings").then().statusCode(200).body("data.id", hasItem(id));
        List<String> actors = setup.owner()
                .as()
                .get("/v1/bookings/" + id + "/events")
                .then()
                .statusCode(200)
                .extract()
                .path("actor");
        assertThat(actors).containsExactly("traveler", "traveler").noneMatch(a -> a.contains(traveler.userId()));
    }
}
