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

    private static String status(Accounts.Session who, String id) {
        return who.as()
                .get("/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static void runJob(String job) {
        Jobs.run(admin, job);
    }

    @Test
    void anExpiredHoldIsExpiredEverywhereBeforeTheJobRuns() {
        holdExpiryJob(false);
        try {
            String pkg = HotelPackages.of(setup)
                    .price(7_000)
                    .rooms(1)
                    .freeCancellation(7)
                    .publish();
            LocalDate in = LocalDate.now().plusDays(8);
            Accounts.Session first = Accounts.traveler();
            String old = quotedHotel(first, pkg, in, in.plusDays(2), 1);
            hold(first, old).then().statusCode(200);
            Accounts.Session second = Accounts.traveler();
            String late = quotedHotel(second, pkg, in.plusDays(1), in.plusDays(2), 1);
            hold(second, late).then().statusCode(409).body("code", equalTo("insufficient_inventory"));

            expireHoldNow(old);
            confirm(first, old, "pm_card_ok").then().statusCode(409).body("code", equalTo("hold_expired"));
            assertThat(status(first, old)).isEqualTo("HOLD");

            // the sold-out night is reclaimed inside the new hold's transaction, with the job switched off
            hold(second, late).then().statusCode(200).body("status", equalTo("HOLD"));
            assertThat(status(first, old)).isEqualTo("EXPIRED_HOLD");
            assertThat(held(pkg, in)).isZero();
            assertThat(held(pkg, in.plusDays(1))).isEqualTo(1);
            List<String> actors = first.as()
                    .get("/v1/bookings/" + old + "/events")
                    .then()
                    .extract()
                    .path("actor");
            assertThat(actors.get(actors.size() - 1)).isEqualTo("system:hold-reclaim");
            confirm(first, old, "pm_card_ok").then().statusCode(409).body("code", equalTo("invalid_transition"));
        } finally {
            holdExpiryJob(true);
        }
    }

    @Test
    void theJobExpiresUnpaidHoldsOnceAndReturnsTheirRooms() {
        holdExpiryJob(false);
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(2)
                .freeCancellation(7)
                .publish();
        LocalDate in = LocalDate.now().plusDays(9);
        Accounts.Session traveler = Accounts.traveler();
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 2);
        hold(traveler, id).then().statusCode(200);
        assertThat(held(pkg, in)).isEqualTo(2);
        expireHoldNow(id);
        holdExpiryJob(true);

        runJob("hold-expiry");
        assertThat(status(traveler, id)).isEqualTo("EXPIRED_HOLD");
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
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(1)
                .freeCancellation(7)
                .publish();
        LocalDate in = LocalDate.now().plusDays(11);
        Accounts.Session traveler = Accounts.traveler();
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        hold(traveler, id).then().statusCode(200);
        expireHoldNow(id);
        // 10 s interval; up to the missed-task threshold (100 s) more if the server was just restarted
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> "EXPIRED_HOLD".equals(status(traveler, id)));
        assertThat(held(pkg, in)).isZero();
        List<String> actors = traveler.as()
                .get("/v1/bookings/" + id + "/events")
                .then()
                .extract()
                .path("actor");
        assertThat(actors.get(actors.size() - 1)).isEqualTo("system:hold-expiry");
    }

    @Test
    void confirmedBookingsCompleteAfterTheirEndDate() {
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(1)
                .freeCancellation(7)
                .publish();
        LocalDate in = LocalDate.now().plusDays(12);
        Accounts.Session traveler = Accounts.traveler();
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        hold(traveler, id).then().statusCode(200);
        confirm(traveler, id, "pm_card_ok").then().statusCode(200);
        BookingFixtures.update(
                "UPDATE bookings SET start_date = current_date - 3, end_date = current_date - 2"
                        + " WHERE public_id = ?::uuid",
                id);
        runJob("booking-completion");
        assertThat(status(traveler, id)).isEqualTo("COMPLETED");
        BookingFixtures.cancel(traveler, id).then().statusCode(409).body("code", equalTo("invalid_transition"));
    }

    /**
     * A stay ends in the property's zone, not the server's. At any moment one of these two zones
     * (UTC+14 and UTC-11) has a different date from UTC, so a UTC-date completion would get one
     * of the four bookings wrong.
     */
    @Test
    void completionFollowsTheBookingsOwnTimeZone() {
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(1)
                .freeCancellation(7)
                .publish();
        Accounts.Session traveler = Accounts.traveler();
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        int offset = 40;
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            LocalDate localToday = LocalDate.now(java.time.ZoneId.of(zone));
            for (int ended = 0; ended < 2; ended++) {
                LocalDate in = LocalDate.now().plusDays(offset++);
                String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
                hold(traveler, id).then().statusCode(200);
                confirm(traveler, id, "pm_card_ok").then().statusCode(200);
                LocalDate end = ended == 1 ? localToday.minusDays(1) : localToday;
                BookingFixtures.update(
                        "UPDATE bookings SET time_zone = '" + zone + "', start_date = DATE '" + end.minusDays(1)
                                + "', end_date = DATE '" + end + "' WHERE public_id = ?::uuid",
                        id);
                expected.put(id, ended == 1 ? "COMPLETED" : "CONFIRMED");
            }
        }
        runJob("booking-completion");
        expected.forEach((id, status) -> assertThat(status(traveler, id)).as(id).isEqualTo(status));
    }

    @Test
    void aTravelerHoldsAtMostFiveBookingsAtOnce() {
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(10)
                .freeCancellation(7)
                .publish();
        Accounts.Session traveler = Accounts.traveler();
        for (int i = 0; i < 5; i++) {
            LocalDate in = LocalDate.now().plusDays(20 + i);
            hold(traveler, quotedHotel(traveler, pkg, in, in.plusDays(1), 1))
                    .then()
                    .statusCode(200);
        }
        LocalDate in = LocalDate.now().plusDays(30);
        hold(traveler, quotedHotel(traveler, pkg, in, in.plusDays(1), 1))
                .then()
                .statusCode(409)
                .body("code", equalTo("too_many_holds"));
    }

    @Test
    void anExpiredQuoteCannotBeHeld() {
        String pkg = HotelPackages.of(setup)
                .price(7_000)
                .rooms(1)
                .freeCancellation(7)
                .publish();
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(13);
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        BookingFixtures.update(
                "UPDATE bookings SET quote_expires_at = now() - interval '1 second' WHERE public_id = ?::uuid", id);
        hold(traveler, id).then().statusCode(409).body("code", equalTo("quote_expired"));
        assertThat(held(pkg, in)).isZero();
    }
}
