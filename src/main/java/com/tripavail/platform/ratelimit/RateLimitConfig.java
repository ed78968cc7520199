package com.tripavail.platform.ratelimit;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** The limits of the API contract, each overridable from the environment. */
@ApplicationScoped
public class RateLimitConfig implements Settings {
    private RateLimit anonLimit;
    private RateLimit authLimit;
    private RateLimit providerLimit;
    private RateLimit loginLimit;

    @PostConstruct
    void parse() {
        anonLimit = Setting.parse("RATE_LIMIT_ANON", "10/min", RateLimit::parse);
        authLimit = Setting.parse("RATE_LIMIT_AUTH", "100/min", RateLimit::parse);
        providerLimit = Setting.parse("RATE_LIMIT_PROVIDER", "500/min", RateLimit::parse);
        loginLimit = Setting.parse("RATE_LIMIT_LOGIN", "3/5min", RateLimit::parse);
    }

    public RateLimit anonymous() {
        return anonLimit;
    }

    public RateLimit authenticated() {
        return authLimit;
    }

    public RateLimit provider() {
        return providerLimit;
    }

    public RateLimit login() {
        return loginLimit;
    }
}
