package com.tripavail.payment;

/** Where a charge or refund stands. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    DECLINED,
    FAILED,
    REFUNDED
}
