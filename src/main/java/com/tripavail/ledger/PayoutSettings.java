package com.tripavail.ledger;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Payout tunables from MicroProfile Config (environment first); parsed once, a wrong value fails the job loudly. */
@ApplicationScoped
public class PayoutSettings implements Settings {
    private long minimumMinor;
    private Duration lease;

    @PostConstruct
    void parse() {
        minimumMinor = Setting.value("PAYOUT_MIN_AMOUNT_MINOR", Long.class, 5000L);
        if (minimumMinor < 1) {
            throw new IllegalArgumentException("PAYOUT_MIN_AMOUNT_MINOR must be at least 1, not " + minimumMinor);
        }
        lease = Setting.duration("PAYOUT_SEND_LEASE", "PT5M");
    }

    /** The smallest sum of available money (per provider and currency, in minor units) worth a transfer. */
    public long minimumMinor() {
        return minimumMinor;
    }

    /** How long a send may go unanswered before another run asks the gateway again (same idempotency key). */
    public Duration sendLease() {
        return lease;
    }
}
