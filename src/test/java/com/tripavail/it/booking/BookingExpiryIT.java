package com.tripavail.it.booking;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.expireHoldNow;
import static com.tripavail.testenv.BookingFixtures.held;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hold expiry: a hold past its expiry is expired everywhere at once (confirm refuses it, a new hold
 * reclaims its rooms) before any job runs; the job and its persistent timer tidy up. Tests move a
 * hold's expiry into the past in the database instead of waiting for the TTL.
 */
@ExtendWith(TripAvailServer.class)
class BookingExpiryIT {
    private static Accounts.Session admin;
    private static CatalogFixtures.HotelSetup setup;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
        setup = CatalogFixtures.approvedHotelProvider(admin);
    }

    private static void holdExpiryJob(boolean enabled) {
        Jobs.enable(admin, "hold-expiry", enabled);
    }

    /** A published package of {@code rooms} rooms at 70.00 EUR with free cancellation until 7 days before. */
    private static String rooms(int rooms) {
        return HotelPackages.of(setup)
                .price(7_000)
                .rooms(rooms)
                .freeCancellation(7)
                .publish();
    }

    private static void runJob(String job) {
        Jobs.run(admin, job);
    }

    @Test
    void anExpiredHoldIsExpiredEverywhereBeforeTheJobRuns() {
        holdExpiryJob(false);
        try {
            String pkg = rooms(1);
            LocalDate in = LocalDate.now().plusDays(8);
            Stay first = Stay.held(pkg, in, 2, 1);
            String old = first.bookingId();
            Accounts.Session second = Accounts.traveler();
            String late = quotedHotel(second, pkg, in.plusDays(1), in.plusDays(2), 1);
            hold(second, late).then().statusCode(409).body("code", equalTo("insufficient_inventory"));

            expireHoldNow(old);
            confirm(first.traveler(), old, "pm_card_ok").then().statusCode(409).body("code", equalTo("hold_expired"));
            assertThat(first.status()).isEqualTo("HOLD");

            // the sold-out night is reclaimed inside the new hold's transaction, with the job switched off
            hold(second, late).then().statusCode(200).body("status", equalTo("HOLD"));
            assertThat(first.status()).isEqualTo("EXPIRED_HOLD");
            assertThat(held(pkg, in)).isZero();
            assertThat(held(pkg, in.plusDays(1))).isEqualTo(1);
            assertThat(first.actors()).last().isEqualTo("system:hold-reclaim");
            confirm(first.traveler(), old, "pm_card_ok")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("invalid_transition"));
        } finally {
            holdExpiryJob(true);
        }
    }

    @Test
    void theJobExpiresUnpaidHoldsOnceAndReturnsTheirRooms() {
        holdExpiryJob(false);
        String pkg = rooms(2);
        LocalDate in = LocalDate.now().plusDays(9);
        Stay stay = Stay.held(pkg, in, 1, 2);
        String id = stay.bookingId();
        assertThat(held(pkg, in)).isEqualTo(2);
        expireHoldNow(id);
        holdExpiryJob(true);

        runJob("hold-expiry");
        assertThat(stay.status()).isEqualTo("EXPIRED_HOLD");
        assertThat(held(pkg, in)).isZero();
        runJob("hold-expiry");
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM booking_events e JOIN bookings b ON b.id = e.booking_id"
                                + " WHERE b.public_id = ?::uuid AND e.to_status = 'EXPIRED_HOLD'",
                        id))
                .isEqualTo(1);
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM notification_outbox WHERE subject_id = ?::uuid"
                                + " AND kind = 'BOOKING_HOLD_EXPIRED'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void thePersistentTimerRunsTheExpiryJobByItself() {
        String pkg = rooms(1);
        LocalDate in = LocalDate.now().plusDays(11);
        Stay stay = Stay.held(pkg, in, 1, 1);
        expireHoldNow(stay.bookingId());
        // 10 s interval; up to the missed-task threshold (100 s) more if the server was just restarted
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> "EXPIRED_HOLD".equals(stay.status()));
        assertThat(held(pkg, in)).isZero();
        assertThat(stay.actors()).last().isEqualTo("system:hold-expiry");
    }

    @Test
    void confirmedBookingsCompleteAfterTheirEndDate() {
        String pkg = rooms(1);
        Stay stay = Stay.paid(pkg, LocalDate.now().plusDays(12), 1, 1);
        BookingFixtures.update(
                "UPDATE bookings SET start_date = current_date - 3, end_date = current_date - 2"
                        + " WHERE public_id = ?::uuid",
                stay.bookingId());
        runJob("booking-completion");
        assertThat(stay.status()).isEqualTo("COMPLETED");
        BookingFixtures.cancel(stay.traveler(), stay.bookingId())
                .then()
                .statusCode(409)
                .body("code", equalTo("invalid_transition"));
    }

    /**
     * A stay ends in the property's zone, not the server's. At any moment one of these two zones
     * (UTC+14 and UTC-11) has a different date from UTC, so a UTC-date completion would get one
     * of the four bookings wrong.
     */
    @Test
    void completionFollowsTheBookingsOwnTimeZone() {
        String pkg = rooms(1);
        Accounts.Session traveler = Accounts.traveler();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        int offset = 40;
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            LocalDate localToday = LocalDate.now(java.time.ZoneId.of(zone));
            for (int ended = 0; ended < 2; ended++) {
                LocalDate in = LocalDate.now().plusDays(offset++);
                String id = Stay.quoted(traveler, pkg, in, 1, 1).hold().pay().bookingId();
                LocalDate end = ended == 1 ? localToday.minusDays(1) : localToday;
                BookingFixtures.update(
                        "UPDATE bookings SET time_zone = '" + zone + "', start_date = DATE '" + end.minusDays(1)
                                + "', end_date = DATE '" + end + "' WHERE public_id = ?::uuid",
                        id);
                expected.put(id, ended == 1 ? "COMPLETED" : "CONFIRMED");
            }
        }
        runJob("booking-completion");
        expected.forEach((id, status) ->
                assertThat(BookingFixtures.status(traveler, id)).as(id).isEqualTo(status));
    }

    @Test
    void aTravelerHoldsAtMostFiveBookingsAtOnce() {
        String pkg = rooms(10);
        Accounts.Session traveler = Accounts.traveler();
        for (int i = 0; i < 5; i++) {
            LocalDate in = LocalDate.now().plusDays(20 + i);
            Stay.quoted(traveler, pkg, in, 1, 1).hold();
        }
        LocalDate in = LocalDate.now().plusDays(30);
        hold(traveler, quotedHotel(traveler, pkg, in, in.plusDays(1), 1))
                .then()
                .statusCode(409)
                .body("code", equalTo("too_many_holds"));
    }

    @Test
    void anExpiredQuoteCannotBeHeld() {
        String pkg = rooms(1);
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(13);
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        BookingFixtures.update(
                "UPDATE bookings SET quote_expires_at = now() - interval '1 second' WHERE public_id = ?::uuid", id);
        hold(traveler, id).then().statusCode(409).body("code", equalTo("quote_expired"));
        assertThat(held(pkg, in)).isZero();
    }
}
