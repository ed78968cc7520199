package com.tripavail.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits of the API contract, each overridable from the environment. */
@ApplicationScoped
public class RateLimitConfig {
    @Inject
    @ConfigProperty(name = "RATE_LIMIT_ANON", defaultValue = "10/min")
    String anon;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_AUTH", defaultValue = "100/min")
    String auth;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_PROVIDER", defaultValue = "500/min")
    String provider;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_LOGIN", defaultValue = "3/5min")
    String login;

    private RateLimit anonLimit;
    private RateLimit authLimit;
    private RateLimit providerLimit;
    private RateLimit loginLimit;

    @PostConstruct
    void parse() {
        anonLimit = RateLimit.parse("RATE_LIMIT_ANON", anon);
        authLimit = RateLimit.parse("RATE_LIMIT_AUTH", auth);
        providerLimit = RateLimit.parse("RATE_LIMIT_PROVIDER", provider);
        loginLimit = RateLimit.parse("RATE_LIMIT_LOGIN", login);
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
