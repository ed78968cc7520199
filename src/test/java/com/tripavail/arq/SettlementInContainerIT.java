package com.tripavail.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tripavail.booking.BookingDtos.QuoteRequest;
import com.tripavail.booking.BookingJobCatalog;
import com.tripavail.booking.BookingService.Caller;
import com.tripavail.booking.Checkout;
import com.tripavail.booking.HoldExpirer;
import com.tripavail.booking.PackageType;
import com.tripavail.booking.PaymentSettlement;
import com.tripavail.ledger.Accounts;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.platform.jobs.JobSwitches;
import com.tripavail.platform.problem.DomainException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking money paths inside the running Liberty, on its PostgreSQL: the real Checkout,
 * PaymentSettlement, reconciliation, HoldExpirer, HoldInventory and Cancellation, with the real
 * test-mode gateway behind a test-only decorator that slows it down or loses its answers.
 */
@ExtendWith(ArqServer.class)
@ExtendWith(ArquillianExtension.class)
class SettlementInContainerIT extends SettlementBeans {
    @Deployment
    static WebArchive deployment() {
        return InContainer.app(SettlementInContainerIT.class);
    }

    @Inject
    JobSwitches switches;

    @Inject
    HoldExpirer expirer;

    @Test
    void aConfirmCapturesOnceSellsTheRoomsAndPostsOneBalancedCharge() {
        Held h = held();

        Checkout.Result result = checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");

        assertEquals("CONFIRMED", result.booking().status().name());
        assertEquals("CONFIRMED", world.status(h.id()));
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "sold"), "one room on each of the two nights");
        assertEquals(0, world.inventoryInUse(h.world().packageId(), "held"));
        assertEquals(1, world.journals(h.id(), "CHARGE"));
        assertEquals(0, world.imbalance(h.id()), "every journal balances");
        long total = result.booking().priceSnapshot().totalMinor();
        assertEquals(-total, world.net(h.id(), Accounts.GATEWAY_CLEARING), "the whole total lands in gateway clearing");
        assertEquals(
                total,
                world.net(h.id(), Accounts.providerPayable(h.world().providerId()))
                        + world.net(h.id(), Accounts.PLATFORM_COMMISSION)
                        + world.net(h.id(), Accounts.TAXES_PAYABLE),
                "what was paid is owed to the provider, the platform and the tax office");
        assertEquals(1, Faults.chargeKeys.size());
        assertEquals(total, world.gatewayKept(h.id()));
    }

    @Test
    void aCrashBetweenTheCaptureAndTheSettleCommitConvergesThroughReconciliationWithOneCharge() {
        Held h = held();
        PaymentSettlement.Opened opened =
                settlement.open(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");
        GatewayResult captured = payments.charge(opened.paymentId(), opened.amount(), opened.method());
        assertEquals(GatewayResult.Outcome.SUCCEEDED, captured.outcome());

        // the server dies inside the settle transaction: nothing of it commits
        assertThrows(
                IllegalStateException.class,
                () -> settlement.settle(
                        opened.paymentId(), captured, "user:" + h.world().traveler(), s -> {
                            throw new IllegalStateException("crash before the settle commits");
                        }));
        assertEquals("PAYMENT", world.status(h.id()), "the capture is not known to the booking yet");
        assertEquals(0, world.journals(h.id(), "CHARGE"));

        jobs.reconcile(opened.paymentId()); // the reconciliation job after the restart
        jobs.reconcile(opened.paymentId()); // and its next run: nothing more happens

        assertEquals("CONFIRMED", world.status(h.id()));
        assertEquals(1, world.journals(h.id(), "CHARGE"), "one charge journal, never two");
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(1, world.gatewayCharges(opened.paymentId().toString()), "the gateway charged once");
        assertEquals(opened.amount().minor(), world.gatewayKept(h.id()));
        assertEquals(2, world.inventoryInUse(h.world().packageId(), "sold"));
    }

    @Test
    void aGatewayTimeoutAfterTheCaptureLeavesThePaymentPendingAndReconciliationConfirmsIt() {
        Held h = held();
        Faults.loseChargeAnswer = true;

        Checkout.Result result = checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1");

        assertTrue(result.pending(), "no answer is no verdict: still paying");
        assertEquals("PAYMENT", world.status(h.id()));
        String key = Faults.chargeKeys.get(0);
        assertEquals(1, world.gatewayCharges(key), "yet the gateway did capture");

        Faults.loseChargeAnswer = false;
        jobs.reconcile(UUID.fromString(key));

        assertEquals("CONFIRMED", world.status(h.id()));
        assertEquals(1, world.journals(h.id(), "CHARGE"));
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(1, Faults.chargeKeys.size(), "reconciliation asks, it never charges again");
        assertEquals(1, world.gatewayCharges(key));
    }

    @Test
    void aHoldThatExpiresWhileItsChargeIsInFlightIsRefundedInFullAndNeverConfirmed() throws Exception {
        Held h = held();
        CompletableFuture<Checkout.Result> confirm = confirmStoppedAtTheGateway(h);
        // the payment window ends while the gateway works; the expiry job gets there first
        world.update(
                "UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE public_id = ?1::uuid", h.id());
        expirer.expireIfDue(UUID.fromString(h.id()), HoldExpirer.JOB_ACTOR);
        assertEquals("EXPIRED_HOLD", world.status(h.id()));
        Faults.chargeGate.countDown(); // the capture arrives after all

        assertRefusedAndRefundedInFull(h, confirm, "hold_expired", "EXPIRED_HOLD");
    }

    @Test
    void cancellingAConfirmedBookingRefundsPerPolicyReleasesTheRoomsAndReversesTheShares() {
        Held h = held();
        long total = checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1")
                .booking()
                .priceSnapshot()
                .totalMinor();

        cancellation.cancel(h.traveler(), UUID.fromString(h.id()), "plans changed");

        assertEquals("CANCELLED", world.status(h.id()));
        assertEquals(0, world.inventoryInUse(h.world().packageId(), "sold"), "the sold rooms are free again");
        assertEquals(1, world.journals(h.id(), "REFUND"));
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(
                0,
                world.net(h.id(), Accounts.providerPayable(h.world().providerId())),
                "a free cancellation: nothing owed");
        assertEquals(0, world.net(h.id(), Accounts.GATEWAY_CLEARING));
        assertEquals(0, world.gatewayKept(h.id()), "refunded in full at the gateway (" + total + ")");
    }

    @Test
    void aHoldReclaimsExpiredHoldsOnAFullNightAndIsRefusedWhenNothingIsLeft() {
        MoneyWorld.World w = world.create(1, "FREE", "po_bank_ok");
        String stale = world.held(w, DAYS_AHEAD);
        MoneyWorld.World other = world.create(1, "FREE", "po_bank_ok");
        Caller second = new Caller(other.traveler(), false);
        LocalDate in = LocalDate.now(MoneyWorld.ZONE).plusDays(DAYS_AHEAD);
        QuoteRequest sameNights = new QuoteRequest(PackageType.HOTEL, w.hotelPackage(), in, in.plusDays(2), null, 1, 1);

        String refused = bookings.quote(second, sameNights).id();
        DomainException full =
                assertThrows(DomainException.class, () -> bookings.hold(second, UUID.fromString(refused)));
        assertEquals("insufficient_inventory", full.code());
        assertEquals(2, world.inventoryInUse(w.packageId(), "held"), "the refused hold changed nothing");

        // the application's own hold-expiry job would race the reclaim for the stale hold (it takes
        // expired holds FOR UPDATE SKIP LOCKED too, and the hold would then find nothing to reclaim):
        // paused, and any run in flight finished, so the hold alone can have reclaimed it
        switches.set(BookingJobCatalog.HOLD_EXPIRY, false);
        String fresh;
        try {
            awaitNoRunOf(BookingJobCatalog.HOLD_EXPIRY);
            world.update(
                    "UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE public_id = ?1::uuid",
                    stale);
            fresh = bookings.quote(second, sameNights).id();
            bookings.hold(second, UUID.fromString(fresh));
        } finally {
            switches.set(BookingJobCatalog.HOLD_EXPIRY, true);
        }

        assertEquals("EXPIRED_HOLD", world.status(stale), "reclaimed at once, without waiting for the job");
        assertEquals("HOLD", world.status(fresh));
        assertEquals(2, world.inventoryInUse(w.packageId(), "held"), "never oversold");
    }

    private void awaitNoRunOf(String job) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (world.number("SELECT count(*) FROM job_runs WHERE job_name = ?1 AND claimed_at IS NOT NULL", job) > 0) {
            assertTrue(System.nanoTime() < deadline, job + " still running after 30 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
