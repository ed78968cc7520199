package com.tripavail.it.payment;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.GatewayFixtures.bookingStatus;
import static com.tripavail.testenv.GatewayFixtures.onlyCharge;
import static com.tripavail.testenv.GatewayFixtures.unrefundedCaptures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.ApprovedHotelProvider;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.GatewayFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finding 3 of issue 11 and the convergence rules of docs/payments.md: per charge the outcome
 * follows the gateway's final state whatever order its events arrive in; a capture the booking
 * cannot use is refunded with a journal and an audit record; a charge whose answer was lost is
 * found by its idempotency key. Events come from the durable test gateway, signed, through HTTP.
 */
@ExtendWith(TripAvailServer.class)
class PaymentConvergenceIT {
    @RegisterExtension
    static final ApprovedHotelProvider hotels = new ApprovedHotelProvider();

    /** A new traveler's hold of one night, {@code daysAhead} days from today, on a two-room package of its own. */
    private static Stay held(int daysAhead) {
        String pkg = HotelPackages.of(hotels.setup())
                .price(7_000)
                .rooms(2)
                .freeCancellation(3)
                .publish();
        return Stay.held(pkg, LocalDate.now().plusDays(daysAhead), 1, 1);
    }

    private static void awaitStatus(String bookingId, String status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> status.equals(bookingStatus(bookingId)));
    }

    @Test
    void aFailureDeliveredBeforeTheSuccessOfTheSameChargeEndsConfirmed() {
        Stay h = held(20);
        confirm(h.traveler(), h.bookingId(), "pm_card_pending").then().statusCode(202);
        String ref = onlyCharge(h.bookingId()).reference();

        // the processor captured; its charge.failed (late, twice) arrives before the charge.succeeded
        GatewayFixtures.outcome(hotels.admin(), ref, "SUCCEEDED", List.of("charge.failed", "charge.succeeded"), 2);

        awaitStatus(h.bookingId(), "CONFIRMED");
        assertThat(onlyCharge(h.bookingId()).status()).isEqualTo("SUCCEEDED");
        assertThat(GatewayFixtures.journals(h.bookingId(), "CHARGE")).isEqualTo(1);
        // a retried confirm cannot charge again
        confirm(h.traveler(), h.bookingId(), "pm_card_ok")
                .then()
                .statusCode(409)
                .body("code", equalTo("invalid_transition"));
        assertThat(GatewayFixtures.charges(h.bookingId())).hasSize(1);
        assertThat(unrefundedCaptures(h.bookingId())).isEqualTo(1);
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
    }

    @Test
    void aCaptureAfterADeclineAndARetriedConfirmIsRefundedNeverKept() {
        Stay h = held(21);
        confirm(h.traveler(), h.bookingId(), "pm_card_pending").then().statusCode(202);
        String first = onlyCharge(h.bookingId()).reference();
        GatewayFixtures.outcome(hotels.admin(), first, "DECLINED", List.of("charge.failed"), 1);
        awaitStatus(h.bookingId(), "HOLD");

        // the traveler retries with another card and pays
        confirm(h.traveler(), h.bookingId(), "pm_card_ok")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        // then the first attempt turns out captured after all (its events delivered twice)
        GatewayFixtures.outcome(hotels.admin(), first, "SUCCEEDED", List.of("charge.succeeded"), 2);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> GatewayFixtures.refundedAtGateway(first) == 7_000 * 109 / 100);
        assertThat(bookingStatus(h.bookingId())).isEqualTo("CONFIRMED");
        assertThat(GatewayFixtures.charges(h.bookingId()))
                .extracting(GatewayFixtures.Charge::status)
                .containsExactly("REFUNDED", "SUCCEEDED");
        assertThat(unrefundedCaptures(h.bookingId())).isEqualTo(1);
        assertThat(GatewayFixtures.journals(h.bookingId(), "LATE_REFUND")).isEqualTo(1);
        assertThat(GatewayFixtures.audits(h.bookingId(), "payment.refunded_late"))
                .isEqualTo(1);
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
    }

    @Test
    void aCaptureWhoseAnswerWasLostIsFoundByItsIdempotencyKey() {
        Stay h = held(22);
        // captured at the gateway, but the call timed out and no webhook will ever come
        confirm(h.traveler(), h.bookingId(), "pm_card_capture_no_answer")
                .then()
                .statusCode(202)
                .body("status", equalTo("PAYMENT"));
        GatewayFixtures.Charge c = onlyCharge(h.bookingId());
        assertThat(c.status()).isEqualTo("PENDING");
        assertThat(c.reference()).isNull();
        assertThat(GatewayFixtures.gatewayReference(c.id())).isNotNull();

        BookingFixtures.update(
                "UPDATE payments SET updated_at = now() - interval '1 hour' WHERE public_id = ?::uuid", c.id());
        Jobs.run(hotels.admin(), "payment-reconciliation");

        assertThat(bookingStatus(h.bookingId())).isEqualTo("CONFIRMED");
        GatewayFixtures.Charge after = onlyCharge(h.bookingId());
        assertThat(after.status()).isEqualTo("SUCCEEDED");
        assertThat(after.reference()).isEqualTo(GatewayFixtures.gatewayReference(c.id()));
        assertThat(unrefundedCaptures(h.bookingId())).isEqualTo(1);
    }

    @Test
    void aTimeoutAfterCaptureIsSettledByTheWebhookThroughTheIdempotencyKey() {
        Stay h = held(23);
        confirm(h.traveler(), h.bookingId(), "pm_card_timeout_after_capture")
                .then()
                .statusCode(202);
        awaitStatus(h.bookingId(), "CONFIRMED");
        assertThat(onlyCharge(h.bookingId()).status()).isEqualTo("SUCCEEDED");
        assertThat(unrefundedCaptures(h.bookingId())).isEqualTo(1);
    }

    @Test
    void aChargeThatNeverReachedTheGatewayFailsAndFreesTheBooking() {
        Stay h = held(24);
        confirm(h.traveler(), h.bookingId(), "pm_card_pending").then().statusCode(202);
        GatewayFixtures.Charge c = onlyCharge(h.bookingId());
        // as if the server had died before the gateway call: no reference, unknown to the gateway
        BookingFixtures.update(
                "UPDATE payments SET gateway_ref = NULL, updated_at = now() - interval '1 hour' WHERE public_id = ?::uuid",
                c.id());
        BookingFixtures.update(
                "UPDATE test_gateway_charges SET idempotency_key = 'gone-' || idempotency_key WHERE idempotency_key = ?",
                c.id());
        Jobs.run(hotels.admin(), "payment-reconciliation");
        assertThat(onlyCharge(h.bookingId()).status()).isEqualTo("FAILED");
        assertThat(bookingStatus(h.bookingId())).isEqualTo("HOLD");
    }

    @Test
    void theControlSurfaceIsForAdministratorsOnly() {
        Accounts.traveler().as().get("/v1/admin/test-gateway/charges").then().statusCode(403);
        hotels.admin()
                .as()
                .post("/v1/admin/test-gateway/charges/ch_nope/events")
                .then()
                .statusCode(400);
        hotels.admin()
                .as()
                .body(java.util.Map.of("events", List.of("charge.succeeded")))
                .post("/v1/admin/test-gateway/charges/ch_nope/events")
                .then()
                .statusCode(404);
    }
}
