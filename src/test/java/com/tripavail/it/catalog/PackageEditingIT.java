package com.tripavail.it.catalog;

import static com.tripavail.testenv.CatalogFixtures.approvedHotelProvider;
import static com.tripavail.testenv.CatalogFixtures.stock;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Packages as their owner edits them: ownership (another provider's package is invisible), ETag and
 * If-Match, validation of patches and currencies, archiving as the final state.
 */
@ExtendWith(TripAvailServer.class)
class PackageEditingIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void anotherProvidersPackageIsInvisible() {
        HotelSetup a = approvedHotelProvider(admin);
        String packageId = HotelPackages.of(a).price(10_000).draft();
        HotelSetup b = approvedHotelProvider(admin);

        draft(b.owner(), packageId).then().statusCode(404);
        patch(b.owner(), packageId, null, Map.of("title", "Hijacked")).then().statusCode(404);
        CatalogFixtures.inventory(
                        b.owner(),
                        packageId,
                        LocalDate.now().plusDays(1),
                        LocalDate.now().plusDays(2),
                        0)
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(404);
        create(b.owner(), HotelPackages.of(a).price(10_000).body()).then().statusCode(404);
        draft(a.owner(), packageId).then().statusCode(200).body("title", equalTo("Stay 10000"));
        create(Accounts.traveler(), HotelPackages.of(a).price(1).body()).then().statusCode(403);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        HotelSetup a = approvedHotelProvider(admin);
        var created = HotelPackages.of(a).price(20_000).created();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertThat(etag).isNotBlank();

        String newer = patch(a.owner(), id, etag, Map.of("title", "Renamed"))
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed"))
                .extract()
                .header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        patch(a.owner(), id, etag, Map.of("title", "Lost update"))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition_failed"));
        draft(a.owner(), id).then().body("title", equalTo("Renamed"));

        patch(a.owner(), id, null, Map.of("price", Map.of("amountMinor", -5, "currency", "EURO")))
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("price.amountMinor", "price.currency"));
        patch(a.owner(), id, null, Map.of("status", "PUBLISHED"))
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_property"));
    }

    @Test
    void currenciesMustExistAndPatchesCannotBlankAField() {
        HotelSetup s = approvedHotelProvider(admin);
        create(
                        s.owner(),
                        HotelPackages.of(s)
                                .with("price", Map.of("amountMinor", 5000, "currency", "XYZ"))
                                .body())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("price.currency"));
        var created = HotelPackages.of(s).price(5_000).created();
        patch(s.owner(), created.path("id"), created.header("ETag"), Map.of("title", "   "))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        draft(s.owner(), created.path("id")).then().body("title", equalTo("Stay 5000"));
    }

    @Test
    void archivedIsFinalToursAreForTourOperatorsAndInventoryHasAHorizon() {
        HotelSetup s = approvedHotelProvider(admin);
        s.owner()
                .as()
                .body(CatalogFixtures.tourPackage("Hotelier-" + System.nanoTime(), 1000))
                .post("/v1/tour-packages")
                .then()
                .statusCode(409)
                .body("code", equalTo("not_a_tour_operator"));
        var created = HotelPackages.of(s).price(6_000).created();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/hotel-packages/" + id + "/draft");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        CatalogFixtures.inventory(s.owner(), id, today.plusDays(700), today.plusDays(800), 1)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        LocalDate first = today.plusDays(10);
        stock(s.owner(), id, first, first.plusDays(1), 2);
        s.owner().as().post("/v1/hotel-packages/" + id + "/publish").then().statusCode(200);
        given().get("/v1/hotel-packages/" + id + "/availability?from=" + first + "&to=" + first.plusDays(3))
                .then()
                .statusCode(200)
                .body(
                        "availability.night",
                        equalTo(List.of(
                                first.toString(),
                                first.plusDays(1).toString(),
                                first.plusDays(2).toString())))
                .body("availability.total", equalTo(List.of(2, 0, 0)));
        s.owner().as().post("/v1/hotel-packages/" + id + "/archive").then().statusCode(200);
        patch(s.owner(), id, null, Map.of("title", "Revived"))
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
        CatalogFixtures.inventory(s.owner(), id, first, first.plusDays(1), 5)
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
    }

    /** {@code who}'s PATCH of the package, with {@code If-Match: etag} unless it is null. */
    private static Response patch(Accounts.Session who, Object id, String etag, Map<String, ?> changes) {
        var request = who.as();
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.body(changes).patch("/v1/hotel-packages/" + id);
    }

    private static Response draft(Accounts.Session who, Object id) {
        return who.as().get("/v1/hotel-packages/" + id + "/draft");
    }

    private static Response create(Accounts.Session who, Map<String, Object> body) {
        return who.as().body(body).post("/v1/hotel-packages");
    }
}
