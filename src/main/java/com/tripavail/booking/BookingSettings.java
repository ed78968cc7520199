package com.tripavail.booking;

import com.tripavail.platform.config.Durations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Booking tunables from MicroProfile Config (environment first); parsed once, wrong values stop start-up. */
@ApplicationScoped
public class BookingSettings {
    @Inject
    @ConfigProperty(name = "QUOTE_TTL", defaultValue = "PT30M")
    String quoteTtl;

    @Inject
    @ConfigProperty(name = "HOLD_TTL", defaultValue = "PT15M")
    String holdTtl;

    @Inject
    @ConfigProperty(name = "PAYMENT_WINDOW", defaultValue = "PT10M")
    String paymentWindow;

    @Inject
    @ConfigProperty(name = "MAX_ACTIVE_HOLDS", defaultValue = "5")
    int maxActiveHolds;

    @Inject
    @ConfigProperty(name = "TAX_RATES", defaultValue = "PT:6,ES:10,DEFAULT:0")
    String taxRates;

    @Inject
    @ConfigProperty(name = "BOOKING_FEE_PERCENT", defaultValue = "3")
    String feePercent;

    @Inject
    @ConfigProperty(name = "COMMISSION_PERCENT", defaultValue = "15")
    String commissionPercent;

    private Duration quote;
    private Duration hold;
    private Duration payment;
    private Pricing pricing;

    @PostConstruct
    void parse() {
        quote = Durations.parse("QUOTE_TTL", quoteTtl);
        hold = Durations.parse("HOLD_TTL", holdTtl);
        payment = Durations.parse("PAYMENT_WINDOW", paymentWindow);
        pricing = new Pricing(taxRates, feePercent, commissionPercent);
    }

    public Duration quoteTtl() {
        return quote;
    }

    public Duration holdTtl() {
        return hold;
    }

    public Duration paymentWindow() {
        return payment;
    }

    public int maxActiveHolds() {
        return maxActiveHolds;
    }

    public Pricing pricing() {
        return pricing;
    }
}
