package com.tripavail.it.ledger;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.queryLong;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CancellationPolicies;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.CatalogFixtures.HotelSetup;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TestMailServer;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider payouts through the real server: money of a booking is pending until the booking
 * settles, then available; the payouts job pays it exactly once (even with four runs racing),
 * waits for the minimum, returns a failed payout's money to the payable and pays it on a later
 * run, and asks the gateway again with the same key when an answer was lost. After every test the
 * ledger balances and each provider's payable + in transit + paid equals what its bookings earned.
 * "Time passing" is a booking's dates moved into the past in the database, then the real
 * booking-completion job.
 */
@ExtendWith(TripAvailServer.class)
class PayoutsIT {
    private Accounts.Session admin;
    private final List<HotelSetup> providers = new java.util.ArrayList<>();

    @BeforeEach
    void freshAdmin() {
        admin = Accounts.admin();
    }

    @AfterEach
    void theLedgerReconciles() {
        providers.forEach(this::assertReconciles);
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
        assertThat(owed("payouts_in_transit"))
                .isEqualTo(queryLong(
                        "SELECT COALESCE(SUM(amount_minor), 0) FROM payouts WHERE status IN ('SCHEDULED','SENDING')"));
        assertThat(
                        queryLong(
                                "SELECT COUNT(*) FROM (SELECT i.booking_id FROM payout_items i JOIN payouts p"
                                        + " ON p.id = i.payout_id WHERE p.status = 'PAID' GROUP BY i.booking_id HAVING COUNT(*) > 1) twice"))
                .as("bookings paid twice")
                .isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM payout_items i JOIN payouts p ON p.id = i.payout_id"
                        + " WHERE i.released <> (p.status = 'FAILED')"))
                .as("released items of unfailed payouts")
                .isZero();
    }

    @Test
    void aCompletedBookingBecomesAvailableAndIsPaidOutOnceWhileFourRunsRace() throws Exception {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 7_000, CancellationPolicies.free(7));
        String first = confirmed(pkg, 20);
        String second = confirmed(pkg, 21);
        destination(setup, "po_bank_ok");
        long shareFirst = share(first);
        long shareSecond = share(second);
        assertThat(balance(setup, "pending")).isEqualTo(shareFirst + shareSecond);
        assertThat(balance(setup, "available")).isZero();

        complete(first);
        assertThat(balance(setup, "available")).isEqualTo(shareFirst);
        assertThat(balance(setup, "pending")).isEqualTo(shareSecond);
        assertThat(BookingFixtures.payable(setup.owner())).isEqualTo(shareFirst + shareSecond);

        Jobs.runConcurrently(admin, "payouts", 4);
        JsonPath page = payouts(setup);
        assertThat(page.getList("data")).hasSize(1);
        assertThat(page.getString("data[0].status")).isEqualTo("PAID");
        assertThat(page.getLong("data[0].amountMinor")).isEqualTo(shareFirst);
        assertThat(page.getString("data[0].currency")).isEqualTo("EUR");
        assertThat(page.getInt("data[0].bookingCount")).isEqualTo(1);
        assertThat(page.getString("data[0].scheduledAt")).isNotNull();
        assertThat(page.getString("data[0].paidAt")).isNotNull();
        assertThat(page.getMap("data[0]")).containsKey("failureReason").doesNotContainKey("bookings");
        String payoutId = page.getString("data[0].id");
        setup.owner()
                .as()
                .get("/v1/providers/me/payouts/" + payoutId)
                .then()
                .statusCode(200)
                .body("bookings", hasSize(1))
                .body("bookings[0].bookingId", equalTo(first))
                .body("bookings[0].amountMinor", equalTo((int) shareFirst))
                .body("failureReason", nullValue());
        assertThat(kinds(payoutId)).containsExactly("PAYOUT", "PAYOUT_PAID");

        Jobs.run(admin, "payouts");
        assertThat(payouts(setup).getList("data")).hasSize(1);
        assertThat(balance(setup, "available")).isZero();
        assertThat(balance(setup, "pending")).isEqualTo(shareSecond);
        assertThat(BookingFixtures.payable(setup.owner())).isEqualTo(shareSecond);

        // the database itself refuses a second live payout item for the booking
        assertThatThrownBy(() -> BookingFixtures.update(
                        "INSERT INTO payout_items (id, payout_id, booking_id,"
                                + " booking_public_id, amount_minor, released) SELECT nextval('tripavail_id_seq'), i.payout_id, i.booking_id,"
                                + " i.booking_public_id, i.amount_minor, false FROM payout_items i WHERE i.booking_public_id = ?::uuid",
                        first))
                .hasCauseInstanceOf(SQLException.class)
                .hasMessageContaining("ux_payout_items_live_booking");
        assertThat(Metrics.scrape())
                .contains("tripavail_payouts_scheduled_total")
                .contains("tripavail_payouts_paid_total");
    }

    @Test
    void belowTheMinimumNothingIsScheduledUntilMoreBookingsSettle() {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 3_000, CancellationPolicies.free(7));
        destination(setup, "po_bank_ok");
        String first = confirmed(pkg, 22);
        String second = confirmed(pkg, 23);
        long minimum = 5_000; // PAYOUT_MIN_AMOUNT_MINOR's default
        assertThat(share(first)).isLessThan(minimum);
        assertThat(share(first) + share(second)).isGreaterThanOrEqualTo(minimum);

        complete(first);
        Jobs.run(admin, "payouts");
        assertThat(payouts(setup).getList("data")).isEmpty();
        assertThat(balance(setup, "available")).isEqualTo(share(first));

        complete(second);
        Jobs.run(admin, "payouts");
        JsonPath page = payouts(setup);
        assertThat(page.getList("data")).hasSize(1);
        assertThat(page.getLong("data[0].amountMinor")).isEqualTo(share(first) + share(second));
        assertThat(page.getInt("data[0].bookingCount")).isEqualTo(2);
        assertThat(page.getString("data[0].status")).isEqualTo("PAID");
    }

    @Test
    void aFailedPayoutMakesTheMoneyPayableAgainAndALaterRunPaysIt() {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 7_000, CancellationPolicies.free(7));
        String booking = confirmed(pkg, 24);
        long share = share(booking);
        destination(setup, "po_bank_closed");
        complete(booking);

        Jobs.run(admin, "payouts");
        JsonPath failed = payouts(setup);
        assertThat(failed.getList("data")).hasSize(1);
        assertThat(failed.getString("data[0].status")).isEqualTo("FAILED");
        assertThat(failed.getString("data[0].failureReason")).isEqualTo("account_closed");
        assertThat(failed.getString("data[0].paidAt")).isNull();
        String failedId = failed.getString("data[0].id");
        setup.owner()
                .as()
                .get("/v1/providers/me/payouts/" + failedId)
                .then()
                .statusCode(200)
                .body("bookings[0].bookingId", equalTo(booking))
                .body("bookings[0].released", equalTo(true));
        assertThat(kinds(failedId)).containsExactly("PAYOUT", "PAYOUT_FAILED");
        assertThat(balance(setup, "available")).isEqualTo(share);
        assertThat(BookingFixtures.payable(setup.owner())).isEqualTo(share);
        setup.owner()
                .as()
                .get("/v1/providers/me/payout-destination")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("failureReason", notNullValue());

        // paused until the provider changes the destination: no new payout bounces meanwhile
        Jobs.run(admin, "payouts");
        assertThat(payouts(setup).getList("data")).hasSize(1);

        destination(setup, "po_bank_ok").then().body("status", equalTo("ACTIVE"));
        Jobs.run(admin, "payouts");
        JsonPath page = payouts(setup);
        assertThat(page.getList("data.status")).containsExactly("PAID", "FAILED");
        assertThat(page.getLong("data[0].amountMinor")).isEqualTo(share);
        setup.owner()
                .as()
                .get("/v1/providers/me/payouts/" + page.getString("data[0].id"))
                .then()
                .statusCode(200)
                .body("bookings[0].bookingId", equalTo(booking))
                .body("bookings[0].released", equalTo(false));
        assertThat(balance(setup, "available")).isZero();
        assertThat(BookingFixtures.payable(setup.owner())).isZero();
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM notification_outbox WHERE recipient_id = ?::uuid"
                                + " AND kind IN ('PAYOUT_FAILED', 'PAYOUT_PAID')",
                        setup.owner().userId()))
                .isEqualTo(2);
        Jobs.run(admin, "notification-dispatch");
        String amount = "EUR " + java.math.BigDecimal.valueOf(share, 2).toPlainString();
        // the dispatch timer may be sending one of them at this moment: wait for both mails
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TripAvailServer.get()
                                .mail()
                                .receivedBy(setup.owner().email()))
                        .extracting(TestMailServer.Mail::subject)
                        .containsExactlyInAnyOrder(
                                "Your payout of " + amount + " could not be sent",
                                "Your payout of " + amount + " is on its way"));
    }

    @Test
    void aLostGatewayAnswerIsAskedAgainWithTheSameKeyAndPaysOnce() {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 7_000, CancellationPolicies.free(7));
        String booking = confirmed(pkg, 25);
        destination(setup, "po_bank_timeout");
        complete(booking);

        Jobs.run(admin, "payouts");
        String id = payouts(setup).getString("data[0].id");
        adminPayout(id).then().body("status", equalTo("SENDING")).body("attempts", equalTo(1));
        Jobs.run(admin, "payouts"); // within the lease: left alone
        adminPayout(id).then().body("status", equalTo("SENDING")).body("attempts", equalTo(1));

        BookingFixtures.update(
                "UPDATE payouts SET sending_since = now() - interval '6 minutes' WHERE public_id = ?::uuid", id);
        Jobs.run(admin, "payouts");
        adminPayout(id)
                .then()
                .body("status", equalTo("PAID"))
                .body("attempts", equalTo(2))
                .body("journals.kind", equalTo(List.of("PAYOUT", "PAYOUT_PAID")));
        // the test gateway logs each transfer it makes: one for this payout's key, though asked twice
        String log = TripAvailServer.get().liberty().readMessagesLog();
        assertThat(log.split("\\(key " + id + "\\)", -1).length - 1)
                .as("transfers made for the payout")
                .isEqualTo(1);
    }

    @Test
    void aCancelledBookingsRetainedShareIsPaidOutToo() {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 20_000, CancellationPolicies.partial(0, 50));
        destination(setup, "po_bank_ok");
        String booking = confirmedBy(Accounts.traveler(), pkg, 26, true);
        long retained = share(booking);
        assertThat(retained)
                .isPositive()
                .isLessThan(queryLong("SELECT subtotal_minor FROM bookings WHERE public_id = ?::uuid", booking));
        assertThat(balance(setup, "available")).isEqualTo(retained);

        Jobs.run(admin, "payouts");
        JsonPath page = payouts(setup);
        assertThat(page.getString("data[0].status")).isEqualTo("PAID");
        assertThat(page.getLong("data[0].amountMinor")).isEqualTo(retained);
    }

    @Test
    void providersSeeOnlyTheirOwnPayoutsAndAdministratorsFilterAndHold() {
        HotelSetup setup = provider();
        String pkg = pkg(setup, 7_000, CancellationPolicies.free(7));
        setup.owner().as().get("/v1/providers/me/payout-destination").then().statusCode(404);
        destination(setup, "DE89 3704 0044 0532").then().statusCode(400).body("code", equalTo("validation_failed"));
        destination(setup, "po_bank_ok").then().statusCode(200);
        complete(confirmed(pkg, 27));
        Jobs.run(admin, "payouts");
        String payoutId = payouts(setup).getString("data[0].id");

        HotelSetup other = provider();
        other.owner()
                .as()
                .get("/v1/providers/me/payouts/" + payoutId)
                .then()
                .statusCode(404)
                .body("code", equalTo("not_found"));
        other.owner()
                .as()
                .get("/v1/providers/me/payouts")
                .then()
                .statusCode(200)
                .body("data", hasSize(0))
                .body("nextCursor", nullValue());
        Accounts.Session traveler = Accounts.traveler();
        for (String path : List.of(
                "/v1/providers/me/payouts",
                "/v1/providers/me/payouts/" + payoutId,
                "/v1/providers/me/balance",
                "/v1/providers/me/payout-destination",
                "/v1/admin/payouts")) {
            traveler.as().get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
        }
        setup.owner().as().get("/v1/admin/payouts").then().statusCode(403);
        setup.owner().as().get("/v1/admin/payouts/" + payoutId).then().statusCode(403);
        setup.owner()
                .as()
                .body(Map.of("held", true, "reason", "mine"))
                .put("/v1/admin/payouts/holds/" + setup.providerId())
                .then()
                .statusCode(403);

        admin.as()
                .queryParam("providerId", setup.providerId())
                .get("/v1/admin/payouts")
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].id", equalTo(payoutId))
                .body("data[0].providerId", equalTo(setup.providerId()));
        admin.as()
                .queryParam("providerId", setup.providerId())
                .queryParam("status", "FAILED")
                .get("/v1/admin/payouts")
                .then()
                .statusCode(200)
                .body("data", hasSize(0));
        admin.as()
                .queryParam("status", "PAID")
                .queryParam("limit", 1)
                .get("/v1/admin/payouts")
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].status", equalTo("PAID"));
        admin.as()
                .queryParam("status", "LOST")
                .get("/v1/admin/payouts")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("errors[0].field", equalTo("status"));
        admin.as()
                .queryParam("providerId", "nobody")
                .get("/v1/admin/payouts")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
        admin.as()
                .queryParam("cursor", "garbage!")
                .get("/v1/admin/payouts")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_cursor"));
        admin.as().get("/v1/admin/payouts/" + UUID.randomUUID()).then().statusCode(404);
        adminPayout(payoutId)
                .then()
                .body("bookings", hasSize(1))
                .body("journals", hasSize(2))
                .body("destination", equalTo("po_bank_ok"));

        // an administrator's hold stops scheduling until released; both audited
        adminHold(setup, Map.of("held", true)).then().statusCode(400).body("code", equalTo("validation_failed"));
        adminHold(other, Map.of("held", true, "reason", "no account yet"))
                .then()
                .statusCode(404);
        adminHold(setup, Map.of("held", true, "reason", "chargeback review"))
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
        complete(confirmed(pkg, 28));
        Jobs.run(admin, "payouts");
        assertThat(payouts(setup).getList("data")).hasSize(1);
        assertThat(balance(setup, "available")).isPositive();
        destination(setup, "po_bank_ok").then().body("status", equalTo("HELD")); // a provider cannot lift a hold
        adminHold(setup, Map.of("held", false)).then().statusCode(200).body("status", equalTo("ACTIVE"));
        Jobs.run(admin, "payouts");
        JsonPath page = setup.owner()
                .as()
                .queryParam("limit", 1)
                .get("/v1/providers/me/payouts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("data")).hasSize(1);
        assertThat(page.getString("data[0].id")).isNotEqualTo(payoutId); // newest first
        JsonPath next = setup.owner()
                .as()
                .queryParam("limit", 1)
                .queryParam("cursor", page.getString("nextCursor"))
                .get("/v1/providers/me/payouts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(next.getString("data[0].id")).isEqualTo(payoutId);
        assertThat(next.getString("nextCursor")).isNull();
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_log WHERE target_id = ? AND action IN ('payout.held','payout.released')",
                        setup.providerId()))
                .isEqualTo(2);
        assertThat(queryLong(
                        "SELECT COUNT(*) FROM audit_log WHERE actor_id = ? AND action = 'job.run' AND target_id = 'payouts'",
                        admin.userId()))
                .isGreaterThanOrEqualTo(3);
    }

    // --- fixtures -------------------------------------------------------------------------------

    private HotelSetup provider() {
        HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        providers.add(setup);
        return setup;
    }

    private static String pkg(HotelSetup setup, long priceMinor, Map<String, Object> policy) {
        return HotelPackages.of(setup)
                .price(priceMinor)
                .rooms(10)
                .cancellation(policy)
                .publish();
    }

    /** A paid one-night booking {@code daysAhead} from today, by a fresh traveler. */
    private static String confirmed(String pkg, int daysAhead) {
        return confirmedBy(Accounts.traveler(), pkg, daysAhead, false);
    }

    private static String confirmedBy(Accounts.Session traveler, String pkg, int daysAhead, boolean thenCancel) {
        LocalDate in = LocalDate.now().plusDays(daysAhead);
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        hold(traveler, id).then().statusCode(200);
        confirm(traveler, id, "pm_card_ok").then().statusCode(200);
        if (thenCancel) {
            BookingFixtures.cancel(traveler, id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        }
        return id;
    }

    /** Time passes: the stays end in the past and the real completion job completes them. */
    private void complete(String... bookingIds) {
        for (String id : bookingIds) {
            BookingFixtures.update(
                    "UPDATE bookings SET start_date = current_date - 3, end_date = current_date - 2"
                            + " WHERE public_id = ?::uuid",
                    id);
        }
        Jobs.run(admin, "booking-completion");
        for (String id : bookingIds) {
            assertThat(BookingFixtures.queryString("SELECT status FROM bookings WHERE public_id = ?::uuid", id))
                    .isEqualTo("COMPLETED");
        }
    }

    private static io.restassured.response.Response destination(HotelSetup setup, String token) {
        return setup.owner().as().body(Map.of("destination", token)).put("/v1/providers/me/payout-destination");
    }

    private io.restassured.response.Response adminHold(HotelSetup setup, Map<String, Object> body) {
        return admin.as().body(body).put("/v1/admin/payouts/holds/" + setup.providerId());
    }

    private io.restassured.response.Response adminPayout(String id) {
        io.restassured.response.Response r = admin.as().get("/v1/admin/payouts/" + id);
        r.then().statusCode(200);
        return r;
    }

    private static JsonPath payouts(HotelSetup setup) {
        return setup.owner()
                .as()
                .get("/v1/providers/me/payouts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long balance(HotelSetup setup, String field) {
        Object amount = setup.owner()
                .as()
                .get("/v1/providers/me/balance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .get(field + ".find { it.currency == 'EUR' }.amountMinor");
        return amount == null ? 0 : ((Number) amount).longValue();
    }

    /** The provider's net share of a booking in the ledger: payable credits minus debits of its journals. */
    private static long share(String bookingId) {
        return queryLong(
                "SELECT COALESCE(SUM(e.credit_minor - e.debit_minor), 0) FROM journal_entries e"
                        + " JOIN journals j ON j.id = e.journal_id JOIN bookings b ON b.id = j.booking_id"
                        + " WHERE b.public_id = ?::uuid AND e.account LIKE 'provider_payable:%'",
                bookingId);
    }

    private static List<String> kinds(String payoutId) {
        String csv = BookingFixtures.queryString(
                "SELECT string_agg(j.kind, ',' ORDER BY j.id) FROM journals j"
                        + " JOIN payouts p ON p.id = j.payout_id WHERE p.public_id = ?::uuid",
                payoutId);
        return csv == null ? List.of() : List.of(csv.split(","));
    }

    private static long owed(String account) {
        return queryLong(
                "SELECT COALESCE(SUM(credit_minor - debit_minor), 0) FROM journal_entries WHERE account = ?", account);
    }

    /** What the provider's bookings earned = what is still payable + what is in transit + what was paid. */
    private void assertReconciles(HotelSetup setup) {
        long id = queryLong("SELECT id FROM providers WHERE public_id = ?::uuid", setup.providerId());
        long earned = queryLong(
                "SELECT COALESCE(SUM(e.credit_minor - e.debit_minor), 0) FROM journal_entries e"
                        + " JOIN journals j ON j.id = e.journal_id WHERE j.booking_id IS NOT NULL AND e.account = ?",
                "provider_payable:" + id);
        long inTransit = queryLong(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM payouts WHERE provider_id = ?"
                        + " AND status IN ('SCHEDULED','SENDING')",
                id);
        long paid = queryLong(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM payouts WHERE provider_id = ? AND status = 'PAID'", id);
        assertThat(BookingFixtures.payable(setup.owner()) + inTransit + paid)
                .as("payable + in transit + paid")
                .isEqualTo(earned);
        assertThat(owed("provider_payable:" + id)).isEqualTo(BookingFixtures.payable(setup.owner()));
    }
}
