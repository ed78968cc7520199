package com.tripavail.platform.web;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the edge filters need: trusted proxies, allowed CORS origins and whether this is production. */
@ApplicationScoped
public class EdgeConfig implements Settings {
    @Inject
    AppConfig app;

    private TrustedProxies proxies;
    private URI publicBase;
    private Set<String> origins;

    @PostConstruct
    void parse() {
        proxies = TrustedProxies.parse(Setting.raw("TRUSTED_PROXIES", "127.0.0.1/8,::1/128"));
        origins = Setting.list("CORS_ORIGINS", "http://localhost:4000").stream()
                .map(EdgeConfig::normaliseOrigin)
                .collect(Collectors.toUnmodifiableSet());
        publicBase = PublicBaseUrl.parse(
                Setting.optional("PUBLIC_BASE_URL").or(app::appBaseUrl).orElse(null), app.port());
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
        return app.environment().isProduction();
    }

    /** Origins compare case-insensitively in scheme and host, without a trailing slash. */
    public static String normaliseOrigin(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
