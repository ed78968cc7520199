package com.tripavail.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tripavail.booking.BookingJobs;
import com.tripavail.booking.BookingService.Caller;
import com.tripavail.booking.Checkout;
import com.tripavail.ledger.Accounts;
import com.tripavail.ledger.Payout;
import com.tripavail.ledger.PayoutJobs;
import com.tripavail.ledger.PayoutSender;
import com.tripavail.ledger.PayoutStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider payouts inside the running Liberty: the real PayoutJobs and PayoutSender, the ledger's
 * payout journals, and the test payout gateway (its {@code po_bank_timeout} destination pays but
 * loses the first answer) behind a test-only decorator that records the idempotency keys it is given.
 */
@ExtendWith(ArqServer.class)
@ExtendWith(ArquillianExtension.class)
class PayoutsInContainerIT {
    @Deployment
    static WebArchive deployment() {
        return InContainer.app(PayoutsInContainerIT.class);
    }

    @Inject
    MoneyWorld world;

    @Inject
    Checkout checkout;

    @Inject
    BookingJobs bookingJobs;

    @Inject
    PayoutJobs jobs;

    @Inject
    PayoutSender sender;

    @BeforeEach
    void calmGateways() {
        Faults.reset();
    }

    /** A provider with one completed, paid booking: what it earned is payable. */
    private Earned earned(String destination) {
        MoneyWorld.World w = world.create(3, "FREE", destination);
        Caller traveler = new Caller(w.traveler(), false);
        String id = world.held(w, 20);
        checkout.confirm(traveler, UUID.fromString(id), "pm_card_ok", "attempt-1");
        // its stay over, the completion job completes it and tells the ledger: it is payable now
        world.stayEnded(id);
        while (bookingJobs.complete() > 0) {
            // one chunk at a time, as the job does
        }
        assertEquals("COMPLETED", world.text("SELECT status FROM bookings WHERE public_id = ?1::uuid", id));
        assertEquals(
                1,
                world.number(
                        "SELECT count(*) FROM settled_bookings s JOIN bookings b ON b.id = s.booking_id"
                                + " WHERE b.public_id = ?1::uuid",
                        id),
                "the ledger is told the booking settled");
        long share = world.net(id, Accounts.providerPayable(w.providerId()));
        assertTrue(share > 0);
        return new Earned(w, id, share);
    }

    private record Earned(MoneyWorld.World world, String bookingId, long share) {}

    private long payable(long providerId) {
        return world.number(
                "SELECT COALESCE(SUM(credit_minor - debit_minor), 0) FROM journal_entries WHERE account = ?1",
                Accounts.providerPayable(providerId));
    }

    private long inTransit(long payoutId) {
        return world.number(
                "SELECT COALESCE(SUM(e.credit_minor - e.debit_minor), 0) FROM journal_entries e"
                        + " JOIN journals j ON j.id = e.journal_id WHERE j.payout_id = ?1 AND e.account = ?2",
                payoutId,
                Accounts.PAYOUTS_IN_TRANSIT);
    }

    @Test
    void aPayoutWhoseAnswerWasLostIsAskedAgainAfterTheLeaseWithTheSameKeyAndPaidOnce() {
        Earned e = earned("po_bank_timeout");
        List<Payout> scheduled = jobs.schedule(e.world().providerId());
        assertEquals(1, scheduled.size());
        Payout payout = scheduled.get(0);
        assertEquals(e.share(), payout.amountMinor());
        assertEquals(0, payable(e.world().providerId()), "set aside: nothing payable twice");
        assertEquals(e.share(), inTransit(payout.id()));

        assertEquals(Optional.empty(), sender.send(payout.id()), "the gateway's answer was lost");
        assertEquals("SENDING", world.text("SELECT status FROM payouts WHERE id = ?1", payout.id()));
        assertEquals(Optional.empty(), sender.send(payout.id()), "not asked again within the lease");
        assertEquals(1, Faults.payoutKeys.size());

        world.update("UPDATE payouts SET sending_since = now() - interval '1 hour' WHERE id = ?1", payout.id());
        Optional<Payout> paid = sender.send(payout.id());

        assertEquals(Optional.of(PayoutStatus.PAID), paid.map(Payout::status), "paid when asked again");
        assertEquals(
                List.of(payout.publicId().toString(), payout.publicId().toString()),
                Faults.payoutKeys,
                "asked again with the same idempotency key: the gateway pays once");
        assertEquals(0, inTransit(payout.id()), "paid: nothing left in transit");
        assertEquals(0, payable(e.world().providerId()));
        assertEquals(
                0,
                world.number(
                        "SELECT COALESCE(SUM(debit_minor - credit_minor), 0) FROM journal_entries e"
                                + " JOIN journals j ON j.id = e.journal_id WHERE j.payout_id = ?1",
                        payout.id()),
                "the payout's journals balance");
        assertEquals(Optional.empty(), sender.send(payout.id()), "a paid payout is never sent again");
    }

    @Test
    void aRefusedPayoutReturnsTheMoneyToTheProviderAndReleasesTheBookingForALaterPayout() {
        Earned e = earned("po_bank_closed");
        Payout payout = jobs.schedule(e.world().providerId()).get(0);

        Payout failed = sender.send(payout.id()).orElseThrow();

        assertEquals(PayoutStatus.FAILED, failed.status());
        assertEquals("account_closed", failed.failureReason());
        assertEquals(e.share(), payable(e.world().providerId()), "payable again");
        assertEquals(0, inTransit(payout.id()));
        assertEquals(
                0,
                world.number(
                        "SELECT count(*) FROM payout_items i JOIN bookings b ON b.id = i.booking_id"
                                + " WHERE b.public_id = ?1::uuid AND NOT i.released",
                        e.bookingId()),
                "the booking is free for a later payout");
        assertEquals(
                List.of(),
                jobs.schedule(e.world().providerId()),
                "the account waits for a new destination: no payout to a closed account");
    }
}
