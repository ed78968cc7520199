package com.tripavail.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tripavail.booking.BookingDtos.QuoteRequest;
import com.tripavail.booking.BookingService.Caller;
import com.tripavail.booking.Checkout;
import com.tripavail.booking.PackageType;
import com.tripavail.booking.PaymentSettlement;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.TestGatewayBooks;
import com.tripavail.payment.TestGatewayResource;
import com.tripavail.payment.WebhookEvent;
import com.tripavail.payment.WebhookService;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money paths' less travelled branches inside the running Liberty (docs/coverage.md): a refund
 * the gateway refuses, a gateway that does not answer reconciliation, a decline the gateway later
 * turns into a capture, a retried attempt, a package withdrawn while its charge is in flight, one
 * live charge per booking, and the webhook log's refusals and pages.
 */
@ExtendWith(ArqServer.class)
@ExtendWith(ArquillianExtension.class)
class SettlementEdgesInContainerIT extends SettlementBeans {
    @Deployment
    static WebArchive deployment() {
        return InContainer.app(SettlementEdgesInContainerIT.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    TestGatewayResource testGateway;

    private String paymentStatus(String paymentId) {
        return world.text("SELECT status FROM payments WHERE public_id = ?1::uuid", paymentId);
    }

    @Test
    void aRefundTheGatewayRefusesUndoesTheWholeCancellation() {
        Held h = held();
        checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");
        String charge = Faults.chargeKeys.get(0);
        // the gateway has nothing left to refund on this charge: it refuses the refund
        world.update(
                "UPDATE test_gateway_charges SET refunded_minor = amount_minor WHERE kind = 'CHARGE'"
                        + " AND idempotency_key = ?1",
                charge);

        DomainException refused = assertThrows(
                DomainException.class,
                () -> cancellation.cancel(h.traveler(), UUID.fromString(h.id()), "plans changed"));

        assertEquals("refund_failed", refused.code());
        assertEquals(502, refused.status());
        assertEquals("CONFIRMED", world.status(h.id()), "nothing of the cancellation commits: the traveler may retry");
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "sold"), "the rooms stay sold");
        assertEquals(0, world.journals(h.id(), "REFUND"));
        assertEquals("SUCCEEDED", paymentStatus(charge));
        assertEquals(
                0,
                world.number(
                        "SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?1::uuid AND p.kind = 'REFUND'",
                        h.id()),
                "no refund row");
        assertEquals(0, world.imbalance(h.id()));
    }

    @Test
    void aGatewayThatDoesNotAnswerReconciliationIsNoVerdictAndTheNextRunConverges() {
        Held h = held();
        Faults.loseChargeAnswer = true;
        assertTrue(checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1")
                .pending());
        Faults.loseChargeAnswer = false;
        String key = Faults.chargeKeys.get(0);

        Faults.gatewayDown = true;
        jobs.reconcile(UUID.fromString(key));

        assertEquals("PAYMENT", world.status(h.id()), "no answer is never taken for a failure");
        assertEquals("PENDING", paymentStatus(key));
        assertEquals(0, world.journals(h.id(), "CHARGE"));
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "held"), "the hold keeps its rooms");

        Faults.gatewayDown = false;
        jobs.reconcile(UUID.fromString(key));
        assertEquals("CONFIRMED", world.status(h.id()));
        jobs.reconcile(UUID.fromString(key)); // a settled payment: nothing left to ask

        assertEquals("SUCCEEDED", paymentStatus(key));
        assertEquals(1, world.journals(h.id(), "CHARGE"), "one charge journal, never two");
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(1, Faults.chargeKeys.size(), "reconciliation never charges");
        assertEquals(1, world.gatewayCharges(key));
    }

    @Test
    void aDeclineTheGatewayLaterTurnsIntoACaptureStillConfirmsAValidHold() {
        Held h = held();
        String actor = "user:" + h.world().traveler();
        PaymentSettlement.Opened opened =
                settlement.open(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");
        GatewayResult captured = payments.charge(opened.paymentId(), opened.amount(), opened.method());
        GatewayResult declinedFirst =
                new GatewayResult(GatewayResult.Outcome.DECLINED, captured.reference(), "card_declined");

        // the failure is heard first (events out of order): the booking goes back to its hold
        assertEquals(
                PaymentSettlement.Outcome.DECLINED,
                settlement.settle(opened.paymentId(), declinedFirst, actor).outcome());
        assertEquals("HOLD", world.status(h.id()));
        assertEquals("DECLINED", paymentStatus(opened.paymentId().toString()));

        // then the gateway's final word: captured. The hold is still valid, so the booking is paid
        assertEquals(
                PaymentSettlement.Outcome.CONFIRMED,
                settlement.settle(opened.paymentId(), captured, actor).outcome());

        assertEquals("CONFIRMED", world.status(h.id()));
        assertEquals("SUCCEEDED", paymentStatus(opened.paymentId().toString()));
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "sold"));
        assertEquals(0, world.inventoryInUse(h.world().packageId(), "held"));
        assertEquals(1, world.journals(h.id(), "CHARGE"));
        assertEquals(0, world.journals(h.id(), "LATE_REFUND"), "the capture is kept, not refunded");
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(opened.amount().minor(), world.gatewayKept(h.id()));
    }

    @Test
    void aDeclinedAttemptRetriedWithItsKeyIsToldDeclinedAgainAndNeverChargedTwice() {
        Held h = held();

        DomainException first = assertThrows(
                DomainException.class,
                () -> checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_declined", "attempt-1"));
        DomainException again = assertThrows(
                DomainException.class,
                () -> checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_declined", "attempt-1"));

        assertEquals("payment_declined", first.code());
        assertEquals(402, first.status());
        assertEquals("payment_declined", again.code(), "the retry hears what its attempt meant");
        assertEquals(2, Faults.chargeKeys.size());
        assertEquals(Faults.chargeKeys.get(0), Faults.chargeKeys.get(1), "the retry resumed the same charge");
        assertEquals(1, world.gatewayCharges(Faults.chargeKeys.get(0)), "the gateway saw one charge");
        assertEquals("HOLD", world.status(h.id()), "the hold stays for another card");
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "held"));
        assertEquals(0, world.journals(h.id(), "CHARGE"));
    }

    @Test
    void aPackageWithdrawnWhileItsChargeIsInFlightCancelsTheBookingAndRefundsEveryCent() throws Exception {
        Held h = held();
        CompletableFuture<Checkout.Result> confirm = confirmStoppedAtTheGateway(h);
        // the provider unpublishes the package while the gateway works
        world.update(
                "UPDATE hotel_packages SET status = 'UNPUBLISHED' WHERE id = ?1",
                h.world().packageId());
        Faults.chargeGate.countDown(); // the capture arrives

        assertRefusedAndRefundedInFull(h, confirm, "package_unavailable", "CANCELLED");

        // the client retries the attempt (its answer looked lost): same answer, no second charge or refund
        Faults.chargeGate = null;
        DomainException retried = assertThrows(
                DomainException.class,
                () -> checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1"));
        assertEquals("package_unavailable", retried.code());
        assertEquals(1, world.gatewayCharges(Faults.chargeKeys.get(0)));
        assertEquals(1, world.journals(h.id(), "LATE_REFUND"));
        assertEquals(0, world.gatewayKept(h.id()));
    }

    @Test
    void aBookingHasOneLiveChargeAndTheGatewayKnowsItByItsPublicIdOnly() {
        Held h = held();
        PaymentSettlement.Opened opened =
                settlement.open(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");
        long bookingId = world.number("SELECT id FROM bookings WHERE public_id = ?1::uuid", h.id());

        DomainException second = assertThrows(
                DomainException.class,
                () -> world.inTransaction(
                        () -> payments.openCharge(bookingId, "attempt-2", opened.amount(), "pm_card_ok")));

        assertEquals("payment_in_progress", second.code());
        assertEquals(
                1,
                world.number("SELECT count(*) FROM payments WHERE booking_id = ?1", bookingId),
                "no second charge row");
        assertEquals(
                opened.paymentId(),
                payments.byGatewayKey(opened.paymentId().toString())
                        .orElseThrow()
                        .publicId());
        assertTrue(payments.byGatewayKey(null).isEmpty());
        assertTrue(payments.byGatewayKey("refund:ch_1:cancel").isEmpty(), "not one of our charge keys");
        assertTrue(payments.byGatewayKey(UUID.randomUUID().toString()).isEmpty());
    }

    @Test
    void aQuoteForAHotelNeedsBothDatesAndAStayWithinTheLimits() {
        MoneyWorld.World w = world.create(3, "FREE", "po_bank_ok");
        Caller traveler = new Caller(w.traveler(), false);
        LocalDate in = LocalDate.now(MoneyWorld.ZONE).plusDays(DAYS_AHEAD);

        assertEquals("checkIn", refusedField(traveler, w, null, in.plusDays(2)));
        assertEquals("checkOut", refusedField(traveler, w, in, null));
        assertEquals("checkOut", refusedField(traveler, w, in, in), "no stay of zero nights");
        assertEquals("checkOut", refusedField(traveler, w, in, in.plusDays(31)), "at most 30 nights");
        assertEquals(
                0,
                world.number("SELECT count(*) FROM bookings WHERE traveler_id = ?1", w.traveler()),
                "no quote was stored");
        assertEquals(
                "QUOTE",
                world.status(
                        bookings.quote(traveler, hotel(w, in, in.plusDays(30))).id()));
    }

    private String refusedField(Caller traveler, MoneyWorld.World w, LocalDate in, LocalDate out) {
        DomainException e = assertThrows(DomainException.class, () -> bookings.quote(traveler, hotel(w, in, out)));
        assertEquals(400, e.status());
        return e.fieldErrors().get(0).field();
    }

    private static QuoteRequest hotel(MoneyWorld.World w, LocalDate in, LocalDate out) {
        return new QuoteRequest(PackageType.HOTEL, w.hotelPackage(), in, out, null, 1, 1);
    }

    @Test
    void theWebhookLogRefusesWhatIsNotAnEventActsOnlyOnChargesAndPagesBackwards() {
        DomainException notJson = assertThrows(DomainException.class, () -> webhooks.receive("test", "not json"));
        assertEquals("invalid_payload", notJson.code());
        assertEquals(400, notJson.status());
        DomainException noType =
                assertThrows(DomainException.class, () -> webhooks.receive("test", "{\"id\":\"evt_arq_no_type\"}"));
        assertEquals("invalid_payload", noType.code());
        assertTrue(noType.getMessage().contains("'type'"), noType.getMessage());
        assertEquals(
                0,
                world.number("SELECT count(*) FROM webhook_events WHERE event_id = 'evt_arq_no_type'"),
                "not stored");

        String older = "evt_arq_" + UUID.randomUUID();
        String newer = "evt_arq_" + UUID.randomUUID();
        WebhookService.Received received = webhooks.receive("test", customerEvent(older));
        webhooks.receive("test", customerEvent(newer));

        assertFalse(received.duplicate());
        assertEquals(WebhookEvent.Status.PROCESSED, received.event().status(), "not about a charge: nothing to do");
        assertTrue(webhooks.receive("test", customerEvent(older)).duplicate());

        // newest first, each page going on after the last (other events may interleave: page until found)
        long previousId = Long.MAX_VALUE;
        int newerAt = -1;
        int olderAt = -1;
        String cursor = null;
        for (int page = 0; page < 50 && olderAt < 0; page++) {
            Page<WebhookEvent> one = webhooks.list(WebhookEvent.Status.PROCESSED, cursor, 1);
            WebhookEvent e = one.data().get(0);
            assertTrue(e.id() < previousId, "pages never repeat nor go back");
            previousId = e.id();
            newerAt = e.eventId().equals(newer) ? page : newerAt;
            olderAt = e.eventId().equals(older) ? page : olderAt;
            cursor = one.nextCursor();
            assertTrue(olderAt >= 0 || cursor != null, "the older event is on a later page");
        }
        assertTrue(newerAt >= 0 && olderAt > newerAt, "the newer event on an earlier page than the older");
    }

    private static String customerEvent(String eventId) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"customer.updated\",\"data\":{\"reference\":\"cus_1\"}}";
    }

    @Test
    void aChargeEventTheTestGatewayDeliversTwiceIsProcessedOnceAndChargesNothingMore() throws Exception {
        Held h = held();
        checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");
        String key = Faults.chargeKeys.get(0);
        String reference = world.text("SELECT gateway_ref FROM payments WHERE public_id = ?1::uuid", key);

        assertEquals(
                List.of(key),
                testGateway.charges(reference, null, null).stream()
                        .map(TestGatewayBooks.Entry::idempotencyKey)
                        .toList());
        assertEquals(
                List.of(reference),
                testGateway.charges(null, key, null).stream()
                        .map(TestGatewayBooks.Entry::reference)
                        .toList());
        DomainException unknownType = assertThrows(
                DomainException.class,
                () -> testGateway.deliver(
                        reference, new TestGatewayResource.Delivery(List.of("charge.refunded"), 0L, 1)));
        assertEquals("events", unknownType.fieldErrors().get(0).field());
        TestGatewayResource.Scheduled unchanged =
                testGateway.outcome(reference, new TestGatewayResource.Outcome("SUCCEEDED", null, null, null, null));
        assertFalse(unchanged.changed(), "already captured");
        assertTrue(unchanged.eventIds().isEmpty());

        // the same charge.succeeded event, delivered twice to the application's webhook endpoint
        TestGatewayResource.Scheduled scheduled =
                testGateway.deliver(reference, new TestGatewayResource.Delivery(List.of("charge.succeeded"), 0L, 2));
        String eventId = scheduled.eventIds().get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (world.number(
                                "SELECT count(*) FROM test_gateway_events WHERE event_id = ?1 AND delivered_at IS NOT NULL",
                                eventId)
                        < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertEquals(
                2,
                world.number(
                        "SELECT count(*) FROM test_gateway_events WHERE event_id = ?1 AND delivered_at IS NOT NULL"
                                + " AND last_answer LIKE '2%'",
                        eventId),
                "both deliveries accepted");
        assertEquals(
                "PROCESSED",
                world.text("SELECT status FROM webhook_events WHERE event_id = ?1", eventId),
                "stored once (a duplicate is acknowledged) and processed");
        assertEquals("CONFIRMED", world.status(h.id()));
        assertEquals(1, world.journals(h.id(), "CHARGE"), "one charge journal, never two");
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(1, world.gatewayCharges(key));
    }
}
