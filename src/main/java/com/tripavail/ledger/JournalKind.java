package com.tripavail.ledger;

/**
 * What a journal records. (booking, kind) and (payout, kind) are unique in the database, so a
 * transition can never be journaled twice; a kind that may legitimately happen again for one booking
 * (a second unusable capture refunded) is posted as a numbered sibling, {@code LATE_REFUND_2}, ...
 */
public enum JournalKind {
    /** A booking paid: gateway clearing to the provider's payable, the platform's revenue and taxes. */
    CHARGE,
    /** A confirmed booking cancelled: its refund per the cancellation policy. */
    REFUND,
    /** Money captured that no booking can use (expired, withdrawn, a second capture): returned in full. */
    LATE_REFUND,
    /** A payout scheduled: the provider's payable set aside in transit. */
    PAYOUT,
    /** A payout the bank paid. */
    PAYOUT_PAID,
    /** A payout the bank refused: the money back to the provider's payable. */
    PAYOUT_FAILED;

    /** The stored kind of the {@code nth} journal of this kind for one subject (1 = the kind itself). */
    String nth(long nth) {
        return nth <= 1 ? name() : name() + "_" + nth;
    }
}
