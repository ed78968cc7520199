package com.tripavail.payment;

/** Where a charge or refund stands; the table of changes is in docs/payments.md. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    DECLINED,
    FAILED,
    REFUNDED;

    /**
     * Whether the gateway's word may move a payment from here to {@code next}: a pending one ends
     * any way; a declined or failed charge may still have captured (the gateway's later word wins);
     * a success is never undone by a failure, only refunded by us; a refund is final.
     */
    public boolean mayBecome(PaymentStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING && next != REFUNDED;
            case DECLINED, FAILED -> next == SUCCEEDED;
            case SUCCEEDED -> next == REFUNDED;
            case REFUNDED -> false;
        };
    }
}
