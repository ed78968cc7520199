package com.tripavail.platform.web;

import com.tripavail.platform.config.AppEnvironment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "APP_BASE_URL")
    Optional<String> appBaseUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "4100")
    String port;

    private TrustedProxies proxies;
    private URI publicBase;
    private Set<String> origins;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(trustedProxies);
        origins = Arrays.stream(corsOrigins.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(EdgeConfig::normaliseOrigin)
                .collect(Collectors.toUnmodifiableSet());
        publicBase = PublicBaseUrl.parse(
                publicBaseUrl
                        .filter(s -> !s.isBlank())
                        .or(() -> appBaseUrl.filter(s -> !s.isBlank()))
                        .orElse(null),
                port);
    }

    /** The configured address clients use ({@code PUBLIC_BASE_URL}); never derived from a request's Host. */
    public URI publicBase() {
        return publicBase;
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
