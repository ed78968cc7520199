package com.tripavail.ledger;

/**
 * Sends money to a provider's destination. Every call carries an idempotency key (the payout's
 * public id), so asking again after a lost answer returns the first answer and never pays twice.
 */
public interface PayoutGateway {
    String name();

    /**
     * Pays {@code amountMinor} to {@code destination}; the answer is final (PAID or FAILED with a
     * reason). Throws when no answer came back (unreachable, timeout): the caller asks again later
     * with the same key.
     */
    PayoutResult send(String idempotencyKey, long amountMinor, String currency, String destination);

    record PayoutResult(Outcome outcome, String reference, String failure) {
        public enum Outcome {
            PAID,
            FAILED
        }
    }
}
