package com.tripavail.it.booking;

import static com.tripavail.testenv.BookingFixtures.expireHoldNow;
import static com.tripavail.testenv.BookingFixtures.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tour's departure is an inventory slot like a hotel night: a full departure reclaims its expired
 * holds inside the new hold's transaction, before any job runs (BookingExpiryIT shows it for a night).
 */
@ExtendWith(TripAvailServer.class)
class DepartureReclaimIT {

    @Test
    void aFullDepartureReclaimsItsExpiredHoldAtOnce() {
        Accounts.Session admin = Accounts.admin();
        LocalDate date = LocalDate.now().plusDays(25);
        String pkg = TourPackages.of(CatalogFixtures.approvedTourOperator(admin))
                .price(5_000)
                .departure(date, 2)
                .publish();
        Jobs.enable(admin, "hold-expiry", false);
        try {
            Accounts.Session first = Accounts.traveler();
            String old = quotedTour(first, pkg, date, 2);
            hold(first, old).then().statusCode(200);
            Accounts.Session second = Accounts.traveler();
            String late = quotedTour(second, pkg, date, 1);
            hold(second, late).then().statusCode(409).body("code", equalTo("insufficient_inventory"));

            expireHoldNow(old);
            hold(second, late).then().statusCode(200).body("status", equalTo("HOLD"));

            first.as().get("/v1/bookings/" + old).then().statusCode(200).body("status", equalTo("EXPIRED_HOLD"));
            assertThat(BookingFixtures.queryLong(
                            "SELECT d.held FROM tour_departures d JOIN tour_packages p ON p.id = d.package_id"
                                    + " WHERE p.public_id = ?::uuid",
                            pkg))
                    .isEqualTo(1);
        } finally {
            Jobs.enable(admin, "hold-expiry", true);
        }
    }

    private static String quotedTour(Accounts.Session traveler, String pkg, LocalDate date, int guests) {
        return traveler.as()
                .body(Map.of(
                        "packageType", "TOUR", "packageId", pkg, "departureDate", date.toString(), "guests", guests))
                .post("/v1/bookings/quote")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
