package com.tripavail.it.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input at the HTTP edge, through the real server: raw illegal characters in the request
 * target, numbers that do not fit their field, U+0000 anywhere, badly typed query parameters and
 * bad values inside bodies. Each is served or refused with problem+json, never a 500 or a stack trace.
 */
@ExtendWith(TripAvailServer.class)
class EdgeInputIT {
    private static final String PROBLEM = "application/problem+json";

    /** A response read off a raw socket: what a client that does not encode its URLs gets. */
    record Raw(int status, String contentType, String body) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** Sends {@code target} byte for byte (RestAssured and java.net.URI would encode or refuse it). */
    static Raw raw(String target, String token) throws IOException {
        int port = Integer.parseInt(TripAvailServer.get().baseUri().replaceAll(".*:", ""));
        try (Socket socket = new Socket("localhost", port)) {
            String request = "GET " + target + " HTTP/1.0\r\nHost: localhost\r\nX-Forwarded-For: "
                    + TestSettings.nextAddress() + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            String contentType = head.lines()
                    .filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).trim())
                    .findFirst()
                    .orElse("");
            return new Raw(Integer.parseInt(head.split(" ")[1]), contentType, response.substring(headersEnd + 4));
        }
    }

    static Raw raw(String target) throws IOException {
        return raw(target, null);
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("com.tripavail")
                .doesNotContain("\tat ")
                .doesNotContain("<html");
    }

    // 1. raw illegal characters in the request target

    @Test
    void illegalCharactersInTheQueryAreServedAsTheDecodedValue() throws IOException {
        var admin = Accounts.admin();
        String city = "Pipe|Town-" + UUID.randomUUID().toString().substring(0, 8);
        var setup = CatalogFixtures.approvedHotelProvider(admin, city);
        String id =
                HotelPackages.of(setup).price(15_000).rooms(2).stockedNights(30).publish();

        Raw r = raw("/v1/hotel-packages?city=" + city);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().getList("data.id", String.class)).containsExactly(id);
    }

    @Test
    void everyIllegalQueryCharacterOnAnyPathIsAnsweredWithoutAStackTrace() throws IOException {
        for (String c : new String[] {"|", "{", "}", "\"", "^", "\\", "`", "<", ">", "%ZZ"}) {
            Raw list = raw("/v1/hotel-packages?city=a" + c + "b");
            assertThat(list.status()).as("city=a%sb", c).isEqualTo(200);
            assertThat(list.contentType()).startsWith("application/json");
            assertNoInternals(list.body());
        }
        Raw me = raw("/v1/me?x=|");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).isEqualTo(PROBLEM);
        assertThat(me.json().getString("code")).isEqualTo("unauthorized");
        assertThat(me.json().getString("requestId")).isNotBlank();

        Raw search = raw("/v1/search?q=\\");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.contentType()).isEqualTo(PROBLEM);
        assertThat(search.json().getString("code")).isEqualTo("validation_failed");
        assertThat(search.json().getList("errors.field", String.class)).contains("q");

        Raw unknown = raw("/v1/no-such-thing?x=|");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo(PROBLEM);
        assertThat(unknown.json().getString("instance")).isEqualTo("/v1/no-such-thing");
    }

    @Test
    void illegalCharactersInThePathAreANotFoundProblem() throws IOException {
        Raw r = raw("/v1/hotel-packages/a|b");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).isEqualTo(PROBLEM);
        assertThat(r.json().getString("code")).isEqualTo("not_found");
        assertNoInternals(r.body());
    }

    // 2. numbers that do not fit their field

    private static Map<String, Object> hotelPackage(Map<String, Object> overrides) {
        Map<String, Object> body =
                new HashMap<>(CatalogFixtures.hotelPackage(UUID.randomUUID().toString(), 100));
        body.putAll(overrides);
        return body;
    }

    private static void assertFieldRefused(io.restassured.response.Response r, String field, String messageStart) {
        r.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("validation_failed"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem(field));
        assertThat(r.jsonPath().getString("errors.find { it.field == '" + field + "' }.message"))
                .startsWith(messageStart);
        assertNoInternals(r.asString());
    }

    @Test
    void moneyThatOverflowsOrHasAFractionIsRefusedNotStoredWrapped() {
        var provider = Accounts.providerAccount();
        var overflow = provider.as()
                .body(hotelPackage(Map.of(
                        "price", Map.of("amountMinor", new BigInteger("18446744073709551716"), "currency", "EUR"))))
                .post("/v1/hotel-packages");
        assertFieldRefused(overflow, "price.amountMinor", "must be a whole number");
        var fraction = provider.as()
                .body(hotelPackage(Map.of("price", Map.of("amountMinor", new BigDecimal("12.5"), "currency", "EUR"))))
                .post("/v1/hotel-packages");
        assertFieldRefused(fraction, "price.amountMinor", "must be a whole number");
    }

    @Test
    void intFieldsRefuseOverflowAndFractions() {
        var provider = Accounts.providerAccount();
        assertFieldRefused(
                provider.as().body(hotelPackage(Map.of("nights", 4294967299L))).post("/v1/hotel-packages"),
                "nights",
                "must be a whole number from -2147483648 to 2147483647");
        var units = provider.as()
                .body(Map.of("from", "2030-01-01", "to", "2030-01-05", "units", new BigDecimal("2.7")))
                .put("/v1/hotel-packages/" + UUID.randomUUID() + "/inventory");
        assertFieldRefused(units, "units", "must be a whole number");
        var upload = provider.as()
                .body(Map.of(
                        "purpose",
                        "PROPERTY_IMAGE",
                        "contentType",
                        "image/png",
                        "sizeBytes",
                        BigInteger.ONE.shiftLeft(63)))
                .post("/v1/uploads");
        assertFieldRefused(upload, "sizeBytes", "must be a whole number");
    }

    // 3. U+0000

    @Test
    void nulInAJsonStringIsAFieldError() {
        var register = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        TestSettings.nextAddress().replace('.', '-') + "@it.tripavail.test",
                        "password",
                        Accounts.PASSWORD,
                        "displayName",
                        "a\u0000b",
                        "role",
                        "TRAVELER"))
                .post("/v1/auth/register");
        assertFieldRefused(register, "displayName", "must not contain the NUL character");
        var login = given().contentType(ContentType.JSON)
                .body(Map.of("email", "a\u0000@it.tripavail.test", "password", Accounts.PASSWORD))
                .post("/v1/auth/login");
        assertFieldRefused(login, "email", "must not contain the NUL character");
        var title = Accounts.providerAccount()
                .as()
                .body(hotelPackage(Map.of("title", "Sea\u0000View")))
                .post("/v1/hotel-packages");
        assertFieldRefused(title, "title", "must not contain the NUL character");
    }

    @Test
    void nulInAQueryParameterIsAFieldError() throws IOException {
        String[][] cases = {
            {"/v1/hotel-packages?city=%00", "city"},
            {"/v1/hotel-packages?country=%00%00", "country"},
            {"/v1/search?q=ab%00cd", "q"},
            {"/v1/tour-packages?destination=x%00", "destination"}
        };
        for (String[] c : cases) {
            assertParameterRefused(c[0], c[1]);
        }
    }

    /** A raw GET of {@code target} is a 400 validation_failed naming exactly {@code parameter}. */
    private static void assertParameterRefused(String target, String parameter) throws IOException {
        Raw r = raw(target);
        assertThat(r.status()).as(target).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo(PROBLEM);
        assertThat(r.json().getString("code")).isEqualTo("validation_failed");
        assertThat(r.json().getList("errors.field", String.class)).containsExactly(parameter);
        assertThat(r.json().getString("requestId")).isNotBlank();
    }

    @Test
    void nulInThePathIsRefusedByLibertyBeforeTheApplication() throws IOException {
        // Liberty's web container answers this itself (CWWWC0005I, text/html) before any filter of
        // the application runs; the point here is that it is a 400, not a 500 from the database.
        Raw r = raw("/v1/hotel-packages/%00");
        assertThat(r.status()).isEqualTo(400);
        assertNoInternals(r.body());
    }

    // 4. badly typed query parameters

    @Test
    void unconvertibleQueryParametersAreValidationFailedNamingTheParameter() throws IOException {
        String[][] cases = {
            {"/v1/hotel-packages?limit=abc", "limit"},
            {"/v1/hotel-packages?minPrice=abc", "minPrice"},
            {"/v1/hotel-packages?minPrice=1.5", "minPrice"},
            {"/v1/hotel-packages?limit=99999999999999999999", "limit"},
            {"/v1/hotel-packages?guests=99999999999", "guests"},
            {"/v1/tour-packages?maxPrice=x", "maxPrice"},
            {"/v1/files/" + UUID.randomUUID() + "?expires=abc&signature=x", "expires"}
        };
        for (String[] c : cases) {
            assertParameterRefused(c[0], c[1]);
        }
    }

    @Test
    void anUnknownEnumInAQueryIsValidationFailedListingTheValues() {
        var r = Accounts.admin().as().queryParam("status", "FOO").get("/v1/admin/providers");
        r.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("status"));
        assertThat(r.jsonPath().getString("errors[0].message"))
                .startsWith("must be one of ")
                .contains("PENDING");
        Accounts.admin()
                .as()
                .queryParam("status", "PENDING")
                .get("/v1/admin/providers")
                .then()
                .statusCode(200);
    }

    @Test
    void unknownPathsAndBadPathIdsStayNotFound() throws IOException {
        assertThat(raw("/v1/hotel-packages/not-a-uuid").status()).isEqualTo(404);
        assertThat(raw("/v1/nothing-here?limit=abc").status()).isEqualTo(404);
    }

    // 5. bad values inside bodies

    @Test
    void wrongTypesInABodyAreMalformedJsonNamingTheFieldWhereKnown() {
        var provider = Accounts.providerAccount();
        String providerId = CatalogFixtures.onboard(provider, "HOTEL");
        Map<String, Object> property = new HashMap<>(CatalogFixtures.property("Lisboa"));
        property.put("latitude", "abc");
        var latitude = provider.as().body(property).post("/v1/providers/" + providerId + "/properties");
        latitude.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("malformed_json"))
                .body("errors.field", hasItem("latitude"));
        var date = provider.as()
                .body(Map.of("date", "2026-02-30", "seats", 3))
                .post("/v1/tour-packages/" + UUID.randomUUID() + "/departures");
        date.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("malformed_json"))
                .body("errors.field", hasItem("date"));
        var role = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        "x@it.tripavail.test",
                        "password",
                        Accounts.PASSWORD,
                        "displayName",
                        "X",
                        "role",
                        "admin"))
                .post("/v1/auth/register");
        role.then().statusCode(400).contentType(PROBLEM).body("code", equalTo("malformed_json"));
        assertNoInternals(role.asString());
    }

    @Test
    void listElementErrorsNameTheElementNotTheValidatorNode() {
        var r = Accounts.providerAccount()
                .as()
                .body(hotelPackage(Map.of("inclusions", java.util.List.of("breakfast", " "))))
                .post("/v1/hotel-packages");
        r.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("inclusions[1]"));
        assertThat(r.asString()).doesNotContain("<list element>");
    }
}
