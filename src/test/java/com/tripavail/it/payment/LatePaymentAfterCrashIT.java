package com.tripavail.it.payment;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static com.tripavail.testenv.GatewayFixtures.bookingStatus;
import static com.tripavail.testenv.GatewayFixtures.onlyCharge;
import static com.tripavail.testenv.GatewayFixtures.unrefundedCaptures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.GatewayFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 2 of issue 11: Liberty is killed (SIGKILL) after answering 202 to asynchronous payments
 * and in the middle of a synchronous charge; after the restart the processor's later signed
 * events still converge: a booking whose hold is still valid is confirmed, one that expired
 * meanwhile is refunded with a journal and an audit record; nothing is acknowledged and dropped.
 * The client whose synchronous charge lost its answer retries with the same Idempotency-Key and is
 * told the charge's real outcome (not {@code 409 invalid_transition}), with no second charge.
 */
@ExtendWith(TripAvailServer.class)
class LatePaymentAfterCrashIT {

    @Test
    void latePaymentsConvergeAfterTheServerWasKilled() throws Exception {
        Accounts.Session admin = Accounts.admin();
        CatalogFixtures.HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup)
                .price(5_000)
                .rooms(5)
                .freeCancellation(3)
                .publish();
        LocalDate in = LocalDate.now().plusDays(30);
        Accounts.Session traveler = Accounts.traveler();
        String willExpire = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        String stillValid = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        String midCharge = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        for (String id : List.of(willExpire, stillValid, midCharge)) {
            hold(traveler, id).then().statusCode(200);
        }
        confirm(traveler, willExpire, "pm_card_pending").then().statusCode(202);
        confirm(traveler, stillValid, "pm_card_pending").then().statusCode(202);
        // a synchronous charge the gateway captures and then holds its answer: the server dies meanwhile
        String attempt = UUID.randomUUID().toString();
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(
                () -> confirm(traveler, midCharge, "pm_card_slow", attempt).statusCode());
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !GatewayFixtures.charges(midCharge).isEmpty()
                        && GatewayFixtures.gatewayReference(GatewayFixtures.charges(midCharge)
                                        .get(0)
                                        .id())
                                != null);

        TripAvailServer.get().crashAndRestart();
        assertThat(slow.handle((status, error) -> status == null ? -1 : status).get())
                .as("the client never got an answer")
                .isNotEqualTo(200);
        // the client retries the same attempt: it hears how its charge ended, and nothing is charged twice.
        // Until the dead request's claim in Redis times out (IDEMPOTENCY_LOCK_SECONDS) the retry may be
        // told 409 idempotency_in_progress, "retry shortly", as any client retrying after no answer is
        AtomicReference<Response> retry = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Response r = confirm(traveler, midCharge, "pm_card_slow", attempt);
                    retry.set(r);
                    return !(r.statusCode() == 409 && "idempotency_in_progress".equals(r.path("code")));
                });
        retry.get().then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(GatewayFixtures.charges(midCharge)).hasSize(1);

        // after the restart the hold of one booking ends while the gateway still says pending
        BookingFixtures.update(
                "UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE public_id = ?::uuid",
                willExpire);
        BookingFixtures.update(
                "UPDATE payments SET updated_at = now() - interval '1 hour' WHERE public_id = ?::uuid",
                onlyCharge(willExpire).id());
        Jobs.run(admin, "payment-reconciliation");
        assertThat(bookingStatus(willExpire)).isEqualTo("EXPIRED_HOLD");
        assertThat(onlyCharge(willExpire).status())
                .as("still pending at the gateway")
                .isEqualTo("PENDING");

        // the processor's late word: both captured, each announced by a signed charge.succeeded
        GatewayFixtures.outcome(admin, onlyCharge(willExpire).reference(), "SUCCEEDED", List.of("charge.succeeded"), 1);
        GatewayFixtures.outcome(admin, onlyCharge(stillValid).reference(), "SUCCEEDED", List.of("charge.succeeded"), 1);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "CONFIRMED".equals(bookingStatus(stillValid))
                        && "REFUNDED".equals(onlyCharge(willExpire).status())
                        && "CONFIRMED".equals(bookingStatus(midCharge)));
        assertThat(bookingStatus(willExpire)).isEqualTo("EXPIRED_HOLD");
        assertThat(GatewayFixtures.journals(willExpire, "LATE_REFUND")).isEqualTo(1);
        assertThat(GatewayFixtures.audits(willExpire, "payment.refunded_late")).isEqualTo(1);
        assertThat(GatewayFixtures.refundedAtGateway(onlyCharge(willExpire).reference()))
                .isPositive();
        assertThat(unrefundedCaptures(willExpire)).isZero();
        assertThat(unrefundedCaptures(stillValid)).isEqualTo(1);
        assertThat(unrefundedCaptures(midCharge)).isEqualTo(1);
        assertThat(GatewayFixtures.journals(midCharge, "CHARGE")).isEqualTo(1);
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM webhook_events WHERE status <> 'PROCESSED' AND payload LIKE ?",
                        "%" + onlyCharge(stillValid).reference() + "%"))
                .isZero();
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
    }
}
