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

        b.owner().as().get("/v1/hotel-packages/" + packageId + "/draft").then().statusCode(404);
        b.owner()
                .as()
                .body(Map.of("title", "Hijacked"))
                .patch("/v1/hotel-packages/" + packageId)
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .body(Map.of(
                        "from",
                        LocalDate.now().plusDays(1).toString(),
                        "to",
                        LocalDate.now().plusDays(2).toString(),
                        "units",
                        0))
                .put("/v1/hotel-packages/" + packageId + "/inventory")
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .post("/v1/hotel-packages/" + packageId + "/publish")
                .then()
                .statusCode(404);
        b.owner()
                .as()
                .body(HotelPackages.of(a).price(10_000).body())
                .post("/v1/hotel-packages")
                .then()
                .statusCode(404);
        a.owner()
                .as()
                .get("/v1/hotel-packages/" + packageId + "/draft")
                .then()
                .statusCode(200)
                .body("title", equalTo("Stay 10000"));
        Accounts.traveler()
                .as()
                .body(HotelPackages.of(a).price(1).body())
                .post("/v1/hotel-packages")
                .then()
                .statusCode(403);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        HotelSetup a = approvedHotelProvider(admin);
        var created = HotelPackages.of(a).price(20_000).created();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertThat(etag).isNotBlank();

        String newer = a.owner()
                .as()
                .header("If-Match", etag)
                .body(Map.of("title", "Renamed"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed"))
                .extract()
                .header("ETag");
        assertThat(newer).isNotEqualTo(etag);

        a.owner()
                .as()
                .header("If-Match", etag)
                .body(Map.of("title", "Lost update"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("precondition_failed"));
        a.owner().as().get("/v1/hotel-packages/" + id + "/draft").then().body("title", equalTo("Renamed"));

        a.owner()
                .as()
                .body(Map.of("price", Map.of("amountMinor", -5, "currency", "EURO")))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("price.amountMinor", "price.currency"));
        a.owner()
                .as()
                .body(Map.of("status", "PUBLISHED"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_property"));
    }

    @Test
    void currenciesMustExistAndPatchesCannotBlankAField() {
        HotelSetup s = approvedHotelProvider(admin);
        s.owner()
                .as()
                .body(HotelPackages.of(s)
                        .with("price", Map.of("amountMinor", 5000, "currency", "XYZ"))
                        .body())
                .post("/v1/hotel-packages")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("price.currency"));
        var created = HotelPackages.of(s).price(5_000).created();
        s.owner()
                .as()
                .header("If-Match", created.header("ETag"))
                .body(Map.of("title", "   "))
                .patch("/v1/hotel-packages/" + created.path("id"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        s.owner()
                .as()
                .get("/v1/hotel-packages/" + created.path("id") + "/draft")
                .then()
                .body("title", equalTo("Stay 5000"));
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
        s.owner()
                .as()
                .body(Map.of(
                        "from",
                        today.plusDays(700).toString(),
                        "to",
                        today.plusDays(800).toString(),
                        "units",
                        1))
                .put("/v1/hotel-packages/" + id + "/inventory")
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
        s.owner()
                .as()
                .body(Map.of("title", "Revived"))
                .patch("/v1/hotel-packages/" + id)
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
        s.owner()
                .as()
                .body(Map.of("from", first.toString(), "to", first.plusDays(1).toString(), "units", 5))
                .put("/v1/hotel-packages/" + id + "/inventory")
                .then()
                .statusCode(409)
                .body("code", equalTo("package_archived"));
    }
}
