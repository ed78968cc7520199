package com.tripavail.arq;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The switchboard of the test-only gateway decorators (present only in the in-container test
 * archive, never in the application): what the next calls do, and which idempotency keys reached
 * the gateways. Static: the tests and the decorators share the test archive's class loader.
 */
final class Faults {
    /** charge: the gateway charges, then the answer is lost (a timeout after the capture) */
    static volatile boolean loseChargeAnswer;
    /** charge: waits here, before the gateway is called, until released (a slow gateway) */
    static volatile CountDownLatch chargeGate;
    /** retrieve and lookup: the gateway does not answer questions about a charge (down, or timing out) */
    static volatile boolean gatewayDown;

    static final CountDownLatch NONE = new CountDownLatch(0);
    static volatile CountDownLatch chargeReached = NONE;
    static final List<String> chargeKeys = new CopyOnWriteArrayList<>();
    static final List<String> payoutKeys = new CopyOnWriteArrayList<>();

    private Faults() {}

    static void reset() {
        loseChargeAnswer = false;
        chargeGate = null;
        gatewayDown = false;
        chargeReached = NONE;
        chargeKeys.clear();
        payoutKeys.clear();
    }

    static void beforeCharge() {
        CountDownLatch gate = chargeGate;
        chargeReached.countDown();
        if (gate != null) {
            try {
                if (!gate.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the charge");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
