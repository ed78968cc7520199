package com.tripavail.notification;

import java.time.Duration;

/** Exponential back-off between delivery attempts: base, 2 x base, 4 x base, ... never more than an hour. */
final class RetryBackoff {
    static final Duration CAP = Duration.ofHours(1);

    private RetryBackoff() {}

    /** The wait after the given number of failed attempts (1 = the first failure). */
    static Duration after(int failedAttempts, Duration base) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }
}
