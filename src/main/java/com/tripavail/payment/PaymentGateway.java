package com.tripavail.payment;

/**
 * A card processor. Every call carries an idempotency key, so a retried call never charges or
 * refunds twice at the gateway either; the processor's books are the truth about money, and it can
 * be asked for a charge by its reference or by the idempotency key it was created with.
 */
public interface PaymentGateway {
    String name();

    /** Charges; a transport failure (no answer) throws: the charge may or may not exist at the gateway. */
    GatewayResult charge(String idempotencyKey, long amountMinor, String currency, String paymentMethod);

    GatewayResult refund(String idempotencyKey, String chargeReference, long amountMinor, String currency);

    /** The gateway's current view of a charge ({@code NOT_FOUND} when it has none). */
    GatewayResult retrieve(String chargeReference);

    /** The charge created with this idempotency key ({@code NOT_FOUND} when the call never reached the gateway). */
    GatewayResult lookup(String idempotencyKey);

    /**
     * What the gateway says about a charge. {@code UNKNOWN}: no answer (timeout, connection
     * error), never a verdict; {@code NOT_FOUND}: the gateway has no such charge.
     */
    record GatewayResult(Outcome outcome, String reference, String failure, String idempotencyKey) {
        public GatewayResult(Outcome outcome, String reference, String failure) {
            this(outcome, reference, failure, null);
        }

        public enum Outcome {
            SUCCEEDED,
            PENDING,
            DECLINED,
            FAILED,
            UNKNOWN,
            NOT_FOUND
        }

        public static GatewayResult unknown(String why) {
            return new GatewayResult(Outcome.UNKNOWN, null, why);
        }
    }
}
