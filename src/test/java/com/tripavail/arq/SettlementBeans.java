package com.tripavail.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tripavail.booking.BookingJobs;
import com.tripavail.booking.BookingService;
import com.tripavail.booking.BookingService.Caller;
import com.tripavail.booking.Cancellation;
import com.tripavail.booking.Checkout;
import com.tripavail.booking.PaymentSettlement;
import com.tripavail.ledger.Accounts;
import com.tripavail.payment.PaymentService;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the settlement in-container tests share: the real money-path beans and a test world, with the
 * fault decorators calm before each test. {@link InContainer#app} deploys this class with its tests.
 */
abstract class SettlementBeans {
    /** bookings start this far ahead: outside every free-cancellation window, so a FREE policy refunds in full */
    static final int DAYS_AHEAD = 40;

    @Inject
    MoneyWorld world;

    @Inject
    BookingService bookings;

    @Inject
    Checkout checkout;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentService payments;

    @Inject
    BookingJobs jobs;

    @Inject
    Cancellation cancellation;

    /** A booking held by its traveler, in a world of its own. */
    record Held(MoneyWorld.World world, Caller traveler, String id) {}

    /** A new world (three rooms, free cancellation, payouts to a working bank) and its traveler's held booking. */
    Held held() {
        MoneyWorld.World w = world.create(3, "FREE", "po_bank_ok");
        return new Held(w, new Caller(w.traveler(), false), world.held(w, DAYS_AHEAD));
    }

    /**
     * Starts {@code h}'s confirm on a managed thread of the application and returns once its charge
     * reached the gateway, which holds the capture until {@link Faults#chargeGate} opens.
     */
    CompletableFuture<Checkout.Result> confirmStoppedAtTheGateway(Held h) throws Exception {
        Faults.chargeGate = new CountDownLatch(1);
        Faults.chargeReached = new CountDownLatch(1);
        // Arquillian's @Resource enrichment leaves an executor field null: looked up instead
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CompletableFuture<Checkout.Result> confirm = CompletableFuture.supplyAsync(
                () -> world.inRequest(
                        () -> checkout.confirm(h.traveler(), UUID.fromString(h.id()), "pm_card_ok", "attempt-1")),
                executor);
        assertTrue(Faults.chargeReached.await(30, TimeUnit.SECONDS), "the confirm reached the gateway");
        return confirm;
    }

    /**
     * {@code confirm} was refused with {@code code} and the booking ended {@code status}, never
     * confirmed: nothing held or sold, nothing credited, the late capture refunded in full.
     */
    void assertRefusedAndRefundedInFull(
            Held h, CompletableFuture<Checkout.Result> confirm, String code, String status) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> confirm.get(60, TimeUnit.SECONDS));
        assertEquals(code, ((DomainException) refused.getCause()).code());
        assertEquals(status, world.status(h.id()), "never confirmed");
        assertEquals(
                0,
                world.inventoryInUse(h.world().packageId(), "held")
                        + world.inventoryInUse(h.world().packageId(), "sold"));
        assertEquals(0, world.journals(h.id(), "CHARGE"), "the provider is never credited");
        assertEquals(1, world.journals(h.id(), "LATE_REFUND"));
        assertEquals(0, world.imbalance(h.id()));
        assertEquals(0, world.net(h.id(), Accounts.GATEWAY_CLEARING), "received and returned");
        assertEquals(0, world.gatewayKept(h.id()), "the traveler got every cent back at the gateway");
    }

    @BeforeEach
    void calmGateways() {
        Faults.reset();
    }
}
