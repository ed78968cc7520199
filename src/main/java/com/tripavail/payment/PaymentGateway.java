package com.tripavail.payment;

/**
 * A card processor. Every call carries an idempotency key, so a retried call never charges or
 * refunds twice at the gateway either.
 */
public interface PaymentGateway {
    String name();

    GatewayResult charge(String idempotencyKey, long amountMinor, String currency, String paymentMethod);

    GatewayResult refund(String idempotencyKey, String chargeReference, long amountMinor, String currency);

    /** The gateway's current view of a charge, for reconciliation. */
    GatewayResult retrieve(String chargeReference);

    record GatewayResult(Outcome outcome, String reference, String failure) {
        public enum Outcome {
            SUCCEEDED,
            PENDING,
            DECLINED,
            FAILED
        }
    }
}
