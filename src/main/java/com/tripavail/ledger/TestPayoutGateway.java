package com.tripavail.ledger;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The built-in payout gateway, like a processor's test mode with test bank accounts: destination
 * {@code po_bank_ok} is paid, {@code po_bank_closed} fails ({@code account_closed}),
 * {@code po_bank_timeout} is paid but the answer is lost (the call throws once; asking again with
 * the same key answers PAID without a second transfer); anything else fails
 * ({@code unknown_test_destination}). Answers are kept per idempotency key in this JVM only (it is
 * a test double of a remote service); refused in production.
 */
@ApplicationScoped
public class TestPayoutGateway implements PayoutGateway {
    public static final String NAME = "test";
    private static final Logger LOG = Logger.getLogger(TestPayoutGateway.class.getName());

    @Inject
    AppConfig app;

    private final Map<String, PayoutResult> byKey = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PayoutResult send(String idempotencyKey, Money amount, String destination) {
        if (app.environment().isProduction()) {
            throw new IllegalStateException("The test payout gateway is not available in production");
        }
        boolean[] firstCall = {false};
        PayoutResult result = byKey.computeIfAbsent(idempotencyKey, k -> {
            firstCall[0] = true;
            String ref = "po_" + UUID.randomUUID().toString().replace("-", "");
            LOG.info(() -> "Test payout gateway: transfer " + ref + " of " + amount.minor() + " " + amount.currency()
                    + " to " + destination + " (key " + k + ")");
            return switch (destination == null ? "" : destination) {
                case "po_bank_ok", "po_bank_timeout" -> new PayoutResult(PayoutResult.Outcome.PAID, ref, null);
                case "po_bank_closed" -> new PayoutResult(PayoutResult.Outcome.FAILED, ref, "account_closed");
                default -> new PayoutResult(PayoutResult.Outcome.FAILED, ref, "unknown_test_destination");
            };
        });
        if (firstCall[0] && "po_bank_timeout".equals(destination)) {
            throw new IllegalStateException("test payout gateway: the answer to " + idempotencyKey + " was lost");
        }
        return result;
    }
}
