package com.tripavail.ledger;

import com.tripavail.platform.money.Money;

/**
 * Sends money to a provider's destination. Every call carries an idempotency key (the payout's
 * public id), so asking again after a lost answer returns the first answer and never pays twice.
 */
public interface PayoutGateway {
    String name();

    /**
     * Pays {@code amount} to {@code destination}; the answer is final (PAID or FAILED with a
     * reason). Throws when no answer came back (unreachable, timeout): the caller asks again later
     * with the same key.
     */
    PayoutResult send(String idempotencyKey, Money amount, String destination);

    record PayoutResult(Outcome outcome, String reference, String failure) {
        public enum Outcome {
            PAID,
            FAILED
        }
    }
}
