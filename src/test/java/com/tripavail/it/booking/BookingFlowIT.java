package com.tripavail.it.booking;

import static com.tripavail.testenv.BookingFixtures.cancel;
import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.held;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.ledger;
import static com.tripavail.testenv.BookingFixtures.payable;
import static com.tripavail.testenv.BookingFixtures.quoteHotel;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static com.tripavail.testenv.BookingFixtures.sold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CancellationPolicies;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quote, hold, confirm and cancel through the real server, database and Redis; money checked in the ledger. */
@ExtendWith(TripAvailServer.class)
class BookingFlowIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    /** A published package of {@code rooms} rooms with free cancellation until 7 days before. */
    private static String rooms(CatalogFixtures.HotelSetup setup, long priceMinor, int rooms) {
        return HotelPackages.of(setup)
                .price(priceMinor)
                .rooms(rooms)
                .freeCancellation(7)
                .publish();
    }

    private record Quote(CatalogFixtures.HotelSetup setup, Stay stay) {}

    /** A new traveler's quote of one room for one night, 5 days out, at a new provider's two-room package. */
    private static Quote newQuote() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        return new Quote(
                setup, Stay.quoted(rooms(setup, 8_000, 2), LocalDate.now().plusDays(5), 1, 1));
    }

    @Test
    void hotelQuoteHoldConfirmWritesABalancedJournalAndPaysTheProvider() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = rooms(setup, 10_000, 3);
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(10);

        JsonPath quote = quoteHotel(traveler, pkg, in, in.plusDays(2), 2, 1)
                .then()
                .statusCode(201)
                .body("status", equalTo("QUOTE"))
                .body("quoteExpiresAt", notNullValue())
                .extract()
                .jsonPath();
        // 2 nights x 100.00, taxes PT 6 %, fee 3 %
        assertThat(quote.getLong("priceSnapshot.subtotalMinor")).isEqualTo(20_000);
        assertThat(quote.getLong("priceSnapshot.taxesMinor")).isEqualTo(1_200);
        assertThat(quote.getLong("priceSnapshot.feesMinor")).isEqualTo(600);
        assertThat(quote.getLong("priceSnapshot.totalMinor")).isEqualTo(21_800);
        assertThat(quote.getString("priceSnapshot.currency")).isEqualTo("EUR");
        assertThat(quote.getList("priceSnapshot.lines")).hasSize(3);
        String id = quote.getString("id");

        // a later price change never alters the snapshot
        setup.owner()
                .as()
                .body(Map.of("price", Map.of("amountMinor", 99_900, "currency", "EUR")))
                .patch("/v1/hotel-packages/" + pkg)
                .then()
                .statusCode(200);

        hold(traveler, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("HOLD"))
                .body("holdExpiresAt", notNullValue());
        assertThat(held(pkg, in)).isEqualTo(1);
        assertThat(held(pkg, in.plusDays(1))).isEqualTo(1);
        assertThat(held(pkg, in.plusDays(2))).isZero();

        confirm(traveler, id, "pm_card_ok")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("priceSnapshot.totalMinor", equalTo(21_800));
        assertThat(held(pkg, in)).isZero();
        assertThat(sold(pkg, in)).isEqualTo(1);
        assertThat(sold(pkg, in.plusDays(1))).isEqualTo(1);

        JsonPath journals = ledger(admin, id);
        assertThat(journals.getList("data.kind")).containsExactly("CHARGE");
        assertThat(journals.getLong("data[0].debitsMinor")).isEqualTo(21_800);
        assertThat(journals.getLong("data[0].creditsMinor")).isEqualTo(21_800);
        // provider: subtotal 20 000 minus 15 % commission
        assertThat(payable(setup.owner())).isEqualTo(17_000);

        List<String> transitions = traveler.as()
                .get("/v1/bookings/" + id + "/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("to");
        assertThat(transitions).containsExactly("QUOTE", "HOLD", "PAYMENT", "CONFIRMED");

        String metrics = com.tripavail.testenv.Metrics.scrape();
        assertThat(metrics)
                .contains("tripavail_bookings{")
                .contains("state=\"CONFIRMED\"")
                .contains("tripavail_hold_latency");
    }

    @Test
    void tourBookingChargesPerPerson() {
        var setup = CatalogFixtures.approvedTourOperator(admin);
        LocalDate date = LocalDate.now().plusDays(20);
        String pkg = TourPackages.of(setup).price(5_000).departure(date, 10).publish();
        Accounts.Session traveler = Accounts.traveler();

        String id = traveler.as()
                .body(Map.of("packageType", "TOUR", "packageId", pkg, "departureDate", date.toString(), "guests", 3))
                .post("/v1/bookings/quote")
                .then()
                .statusCode(201)
                .body("priceSnapshot.subtotalMinor", equalTo(15_000))
                .body("priceSnapshot.totalMinor", equalTo(16_350))
                .body("departureDate", equalTo(date.toString()))
                .extract()
                .path("id");
        hold(traveler, id).then().statusCode(200).body("status", equalTo("HOLD"));
        assertThat(BookingFixtures.queryLong(
                        "SELECT d.held FROM tour_departures d JOIN tour_packages p ON p.id = d.package_id"
                                + " WHERE p.public_id = ?::uuid",
                        pkg))
                .isEqualTo(3);
        confirm(traveler, id, "pm_card_ok").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(BookingFixtures.queryLong(
                        "SELECT d.sold FROM tour_departures d JOIN tour_packages p ON p.id = d.package_id"
                                + " WHERE p.public_id = ?::uuid",
                        pkg))
                .isEqualTo(3);
        assertThat(payable(setup.owner())).isEqualTo(15_000 - 2_250);
        assertThat(ledger(admin, id).getLong("data[0].debitsMinor")).isEqualTo(16_350);
    }

    @Test
    void declinedPaymentReturnsToHoldAndMayBeRetried() {
        Quote quote = newQuote();
        Accounts.Session traveler = quote.stay().traveler();
        String id = quote.stay().bookingId();
        hold(traveler, id).then().statusCode(200);

        confirm(traveler, id, "pm_card_declined").then().statusCode(402).body("code", equalTo("payment_declined"));
        traveler.as().get("/v1/bookings/" + id).then().statusCode(200).body("status", equalTo("HOLD"));
        confirm(traveler, id, "pm_card_ok").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(ledger(admin, id).getList("data.kind")).containsExactly("CHARGE");
    }

    @Test
    void onlyTravelerProviderAndAdminSeeABooking() {
        Quote quote = newQuote();
        Accounts.Session traveler = quote.stay().traveler();
        String id = quote.stay().bookingId();
        var setup = quote.setup();

        traveler.as().get("/v1/bookings/" + id).then().statusCode(200);
        // a bare quote is the traveler's own: the provider sees the booking from HOLD onwards
        setup.owner().as().get("/v1/bookings/" + id).then().statusCode(404);
        setup.owner().as().get("/v1/bookings").then().statusCode(200).body("data.size()", equalTo(0));
        hold(traveler, id).then().statusCode(200);
        setup.owner().as().get("/v1/bookings/" + id).then().statusCode(200);
        admin.as().get("/v1/bookings/" + id).then().statusCode(200);
        Accounts.traveler()
                .as()
                .get("/v1/bookings/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("not_found"));
        Accounts.providerAccount().as().get("/v1/bookings/" + id).then().statusCode(404);
        cancel(Accounts.traveler(), id).then().statusCode(404);

        traveler.as().get("/v1/bookings").then().statusCode(200).body("data.id", equalTo(List.of(id)));
        traveler.as()
                .queryParam("status", "CONFIRMED")
                .get("/v1/bookings")
                .then()
                .statusCode(200)
                .body("data.size()", equalTo(0));
        setup.owner().as().get("/v1/bookings").then().statusCode(200).body("data.id", equalTo(List.of(id)));
    }

    @Test
    void illegalTransitionsAndBadQuotesAreRefused() {
        Quote quote = newQuote();
        Accounts.Session traveler = quote.stay().traveler();
        String id = quote.stay().bookingId();
        String pkg = quote.stay().packageId();

        confirm(traveler, id, "pm_card_ok").then().statusCode(409).body("code", equalTo("invalid_transition"));
        hold(traveler, id).then().statusCode(200);
        hold(traveler, id).then().statusCode(409).body("code", equalTo("invalid_transition"));

        quoteHotel(traveler, pkg, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), 1, 1)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
        quoteHotel(traveler, pkg, LocalDate.now().plusDays(3), LocalDate.now().plusDays(4), 5, 2)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("guests"));
        quoteHotel(
                        traveler,
                        UUID.randomUUID().toString(),
                        LocalDate.now().plusDays(3),
                        LocalDate.now().plusDays(4),
                        1,
                        1)
                .then()
                .statusCode(404);
        // dates with no stock: holding fails without reserving anything
        String unstocked = quotedHotel(
                traveler, pkg, LocalDate.now().plusDays(59), LocalDate.now().plusDays(63), 1);
        hold(traveler, unstocked).then().statusCode(409).body("code", equalTo("insufficient_inventory"));
        assertThat(held(pkg, LocalDate.now().plusDays(59))).isZero();
    }

    @Test
    void cancellationRefundsPerPolicyAndReleasesInventory() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        LocalDate in = LocalDate.now().plusDays(5);
        record Case(Map<String, Object> policy, long expectedRefund) {}
        long total = 10_900; // 10 000 + 6 % + 3 %
        List<Case> cases = List.of(
                new Case(CancellationPolicies.free(3), total),
                new Case(CancellationPolicies.free(10), 0),
                new Case(CancellationPolicies.partial(2, 50), total / 2),
                new Case(CancellationPolicies.nonRefundable(), 0));
        long expectedPayable = 0;
        for (Case c : cases) {
            String pkg = HotelPackages.of(setup)
                    .price(10_000)
                    .rooms(1)
                    .cancellation(c.policy())
                    .publish();
            Stay stay = Stay.paid(pkg, in, 1, 1);
            Accounts.Session traveler = stay.traveler();
            String id = stay.bookingId();
            cancel(traveler, id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("refundMinor", equalTo((int) c.expectedRefund()));
            assertThat(sold(pkg, in)).isZero();
            assertThat(held(pkg, in)).isZero();
            JsonPath journals = ledger(admin, id);
            for (int i = 0; i < journals.getList("data").size(); i++) {
                assertThat(journals.getLong("data[" + i + "].debitsMinor"))
                        .isEqualTo(journals.getLong("data[" + i + "].creditsMinor"));
            }
            assertThat(journals.getList("data.kind"))
                    .isEqualTo(c.expectedRefund() == 0 ? List.of("CHARGE") : List.of("CHARGE", "REFUND"));
            long provider = 10_000 - 1_500;
            // the refund reverses the provider's share pro rata (exact for these amounts)
            expectedPayable += provider - provider * c.expectedRefund() / total;
            // the room is free again
            Stay.held(pkg, in, 1, 1);
        }
        assertThat(payable(setup.owner())).isEqualTo(expectedPayable);
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
    }

    @Test
    void adminMayCancelAHoldAndTheRoomReturns() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = rooms(setup, 8_000, 1);
        LocalDate in = LocalDate.now().plusDays(5);
        String id = Stay.held(pkg, in, 1, 1).bookingId();
        Accounts.Session next = Accounts.traveler();
        String other = quotedHotel(next, pkg, in, in.plusDays(1), 1);
        hold(next, other).then().statusCode(409).body("code", equalTo("insufficient_inventory"));
        cancel(Accounts.traveler(), id).then().statusCode(404);
        cancel(admin, id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(held(pkg, in)).isZero();
        hold(next, other).then().statusCode(200);
    }
}
