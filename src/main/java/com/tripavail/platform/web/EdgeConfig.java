package com.tripavail.platform.web;

import com.tripavail.platform.config.AppEnvironment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the edge filters need: trusted proxies, allowed CORS origins and whether this is production. */
@ApplicationScoped
public class EdgeConfig {
    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = "127.0.0.1/8,::1/128")
    String trustedProxies;

    @Inject
    @ConfigProperty(name = "CORS_ORIGINS", defaultValue = "http://localhost:4000")
    String corsOrigins;

    @Inject
    @ConfigProperty(name = "APP_ENV", defaultValue = "development")
    String appEnv;

    private TrustedProxies proxies;
    private Set<String> origins;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies);
        origins = Arrays.stream(corsOrigins.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(EdgeConfig::normaliseOrigin)
                .collect(Collectors.toUnmodifiableSet());
    }

    public TrustedProxies trustedProxies() {
        return proxies;
    }

    public Set<String> corsOrigins() {
        return origins;
    }

    public boolean production() {
        return AppEnvironment.parse(appEnv).isProduction();
    }

    /** Origins compare case-insensitively in scheme and host, without a trailing slash. */
    public static String normaliseOrigin(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
