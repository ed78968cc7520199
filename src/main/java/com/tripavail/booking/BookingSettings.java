package com.tripavail.booking;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Booking tunables from MicroProfile Config (environment first); parsed once, wrong values stop start-up. */
@ApplicationScoped
public class BookingSettings implements Settings {
    private Duration quote;
    private Duration hold;
    private Duration payment;
    private int maxActiveHolds;
    private Pricing pricing;

    @PostConstruct
    void parse() {
        quote = Setting.duration("QUOTE_TTL", "PT30M");
        hold = Setting.duration("HOLD_TTL", "PT15M");
        payment = Setting.duration("PAYMENT_WINDOW", "PT10M");
        maxActiveHolds = Setting.value("MAX_ACTIVE_HOLDS", Integer.class, 5);
        pricing = new Pricing(
                Setting.raw("TAX_RATES", "PT:6,ES:10,DEFAULT:0"),
                Setting.raw("BOOKING_FEE_PERCENT", "3"),
                Setting.raw("COMMISSION_PERCENT", "15"));
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
