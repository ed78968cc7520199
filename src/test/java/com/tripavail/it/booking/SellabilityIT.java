package com.tripavail.it.booking;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TripAvailServer;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A quote outlives nothing: hold, confirm and the settlement of a payment in flight ask again whether
 * the package may be sold (published, provider and property approved), and refuse, cancel and refund
 * otherwise. The suspended provider's payable is never credited.
 */
@ExtendWith(TripAvailServer.class)
class SellabilityIT {
    static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    private static void suspend(String providerId) {
        admin.as()
                .body(Map.of("reason", "licence revoked"))
                .post("/v1/admin/providers/" + providerId + "/suspend")
                .then()
                .statusCode(200);
    }

    @Test
    void aQuoteOfAnUnpublishedPackageCannotBeHeld() {
        CatalogFixtures.HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup).price(5_000).rooms(2).publish();
        LocalDate in = LocalDate.now().plusDays(5);
        Stay stay = Stay.quoted(pkg, in, 2, 1);
        setup.owner()
                .as()
                .post("/v1/hotel-packages/" + pkg + "/unpublish")
                .then()
                .statusCode(200);

        hold(stay.traveler(), stay.bookingId()).then().statusCode(409).body("code", equalTo("package_unavailable"));
        assertThat(stay.status()).isEqualTo("QUOTE");
        assertThat(BookingFixtures.held(pkg, in)).isZero();
    }

    @Test
    void aHoldOfASuspendedProviderCannotBeConfirmedAndCreditsNothing() {
        CatalogFixtures.HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup).price(5_000).rooms(2).publish();
        LocalDate in = LocalDate.now().plusDays(6);
        Stay stay = Stay.held(pkg, in, 2, 1);
        String id = stay.bookingId();
        suspend(setup.providerId());

        confirm(stay.traveler(), id, "pm_card_ok").then().statusCode(409).body("code", equalTo("package_unavailable"));
        assertThat(stay.status()).isEqualTo("HOLD");
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?::uuid",
                        id))
                .isZero();
        assertThat(BookingFixtures.payable(setup.owner())).isZero();
        assertThat(BookingFixtures.sold(pkg, in)).isZero();
    }

    /** The charge was opened while the package sold; the provider is suspended before the gateway answers. */
    @Test
    void aPaymentThatSucceedsAfterTheSuspensionIsRefundedInFull() throws Exception {
        CatalogFixtures.HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup).price(7_000).rooms(2).publish();
        LocalDate in = LocalDate.now().plusDays(8);
        Stay stay = Stay.held(pkg, in, 1, 1);
        String id = stay.bookingId();
        long imbalanceBefore = BookingFixtures.ledgerImbalance();
        try (Connection blocker = BookingFixtures.db()) {
            confirm(stay.traveler(), id, "pm_card_async").then().statusCode(202).body("status", equalTo("PAYMENT"));
            // the gateway's webhook (a second later) waits on this row lock until the suspension is in
            blocker.setAutoCommit(false);
            try (var lock =
                    blocker.prepareStatement("SELECT status FROM bookings WHERE public_id = ?::uuid FOR UPDATE")) {
                lock.setObject(1, id);
                try (var rs = lock.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1))
                            .as("the webhook came before the lock")
                            .isEqualTo("PAYMENT");
                }
            }
            suspend(setup.providerId());
            blocker.commit();
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> !"PAYMENT".equals(stay.status()));

        assertThat(stay.status()).isEqualTo("CANCELLED");
        assertThat(BookingFixtures.ledger(admin, id).getList("data.kind")).containsExactly("LATE_REFUND");
        assertThat(BookingFixtures.queryString(
                        "SELECT string_agg(p.kind || ':' || p.status, ',' ORDER BY p.id) FROM payments p"
                                + " JOIN bookings b ON b.id = p.booking_id WHERE b.public_id = ?::uuid",
                        id))
                .isEqualTo("CHARGE:REFUNDED,REFUND:SUCCEEDED");
        assertThat(BookingFixtures.payable(setup.owner())).isZero();
        assertThat(BookingFixtures.held(pkg, in)).isZero();
        assertThat(BookingFixtures.sold(pkg, in)).isZero();
        assertThat(BookingFixtures.ledgerImbalance()).isEqualTo(imbalanceBefore);
    }
}
