package com.tripavail.it.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import com.tripavail.dev.DemoAccounts;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.TripAvailServer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo context the run command loads: accounts that sign in and a catalog with 90 days of stock. */
@ExtendWith(TripAvailServer.class)
class DemoDataIT {

    @Test
    void demoAccountsSignInWithTheAnnouncedPassword() {
        for (String email : new String[] {
            "admin@tripavail.test", "traveler@tripavail.test", "hotels@tripavail.test", "tours@tripavail.test"
        }) {
            Accounts.login(email, DemoAccounts.PASSWORD);
        }
        Accounts.login("hotels@tripavail.test", DemoAccounts.PASSWORD)
                .as()
                .get("/v1/providers/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("kind", equalTo("HOTEL"));
    }

    @Test
    void demoHotelsAreListedWithNinetyDaysOfRooms() {
        LocalDate checkIn = LocalDate.now().plusDays(80);
        given().queryParam("city", "Lisbon")
                .queryParam("checkIn", checkIn.toString())
                .queryParam("checkOut", checkIn.plusDays(2).toString())
                .queryParam("sort", "price")
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data.title", hasItems("Alfama single saver", "Alfama double room", "Alfama family suite"));
        given().queryParam("destination", "Sintra")
                .get("/v1/tour-packages")
                .then()
                .statusCode(200)
                .body("data[0].title", equalTo("Sintra palaces day trip"));
        String sintra = given().queryParam("destination", "Sintra")
                .get("/v1/tour-packages")
                .then()
                .extract()
                .path("data[0].id");
        given().get("/v1/tour-packages/" + sintra).then().statusCode(200).body("departures.size()", greaterThan(60));
    }
}
