package com.tripavail.payment;

import com.tripavail.payment.TestGatewayBooks.Entry;
import com.tripavail.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The built-in gateway, like a card processor's test mode (test cards in {@link TestCard}). Its
 * books live in PostgreSQL tables of its own, written in transactions of their own
 * ({@link TestGatewayBooks}), so charges, refunds and idempotency keys survive an application
 * crash or rollback, and it answers for a charge by reference or by idempotency key. Its webhooks
 * are delivered by {@link TestGatewayEvents}. Refused in production.
 */
@ApplicationScoped
public class TestPaymentGateway implements PaymentGateway {
    public static final String NAME = "test";

    @Inject
    TestGatewayBooks books;

    @Inject
    TestGatewayEvents events;

    @Inject
    PaymentSettings settings;

    @Inject
    AppConfig app;

    Clock clock = Clock.systemUTC();

    /** The gateway timed out after it had done its work (or before: the caller cannot tell). */
    public static class NoAnswer extends RuntimeException {
        NoAnswer(String message) {
            super(message);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayResult charge(String idempotencyKey, long amountMinor, String currency, String method) {
        refuseInProduction();
        Instant now = clock.instant();
        TestCard card = TestCard.of(method);
        Duration delay = Duration.ofMillis(settings.webhookDelayMs());
        Instant settlesAt = card.settlesTo() == null ? null : now.plus(delay);
        TestGatewayBooks.Written written = books.write(
                new Entry(
                        newReference("ch_"),
                        "CHARGE",
                        idempotencyKey,
                        null,
                        method,
                        amountMinor,
                        currency,
                        card.status(),
                        card.failure(),
                        0,
                        settlesAt,
                        card.settlesTo(),
                        null,
                        null),
                now);
        if (written.created() && card.eventType() != null) {
            Instant due = card.answer() == TestCard.Answer.SLOW
                    ? now.plus(settings.slowChargeDelay()).plusSeconds(1)
                    : now.plus(delay);
            events.schedule(card.eventType(), written.entry().reference(), due, 1);
        }
        if (written.created()) {
            switch (card.answer()) {
                case SLOW -> sleep(settings.slowChargeDelay());
                case NO_ANSWER -> throw new NoAnswer("test gateway: no answer for " + method);
                case NORMAL -> {
                    // answers at once
                }
            }
        }
        return result(written.entry());
    }

    @Override
    public GatewayResult refund(String idempotencyKey, String chargeReference, long amountMinor, String currency) {
        refuseInProduction();
        Entry refund = books.write(
                        new Entry(
                                newReference("re_"),
                                "REFUND",
                                idempotencyKey,
                                chargeReference,
                                null,
                                amountMinor,
                                currency,
                                "SUCCEEDED",
                                null,
                                0,
                                null,
                                null,
                                null,
                                null),
                        clock.instant())
                .entry();
        return result(refund);
    }

    @Override
    public GatewayResult retrieve(String chargeReference) {
        refuseInProduction();
        books.settleDue(clock.instant());
        return books.byReference(chargeReference)
                .filter(e -> e.kind().equals("CHARGE"))
                .map(TestPaymentGateway::result)
                .orElse(new GatewayResult(GatewayResult.Outcome.NOT_FOUND, chargeReference, "unknown charge"));
    }

    @Override
    public GatewayResult lookup(String idempotencyKey) {
        refuseInProduction();
        books.settleDue(clock.instant());
        return books.byKey("CHARGE", idempotencyKey)
                .map(TestPaymentGateway::result)
                .orElse(new GatewayResult(
                        GatewayResult.Outcome.NOT_FOUND, null, "no charge with this key", idempotencyKey));
    }

    static GatewayResult result(Entry e) {
        return new GatewayResult(
                GatewayResult.Outcome.valueOf(e.status()), e.reference(), e.failure(), e.idempotencyKey());
    }

    private static String newReference(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void refuseInProduction() {
        if (app.environment().isProduction()) {
            throw new IllegalStateException("The test payment gateway is not available in production");
        }
    }
}
