package com.tripavail.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Platform-wide settings, read once from MicroProfile Config (environment variables first). */
@ApplicationScoped
public class AppConfig implements Settings {
    private String appEnv;
    private String requestIdHeader;
    private long maxBodyBytes;
    private String deployColor;
    private String port;
    private Optional<String> appBaseUrl;

    @PostConstruct
    void read() {
        appEnv = Setting.raw("APP_ENV", "development");
        requestIdHeader = Setting.raw("REQUEST_ID_HEADER", "X-Request-Id");
        maxBodyBytes = Setting.value("MAX_BODY_BYTES", Long.class, 1_048_576L);
        deployColor = Setting.raw("DEPLOY_COLOR", "none");
        port = Setting.raw("PORT", "4100");
        appBaseUrl = Setting.optional("APP_BASE_URL");
    }

    public AppEnvironment environment() {
        return AppEnvironment.parse(appEnv);
    }

    public String requestIdHeader() {
        return requestIdHeader;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public String deployColor() {
        return deployColor;
    }

    /** The HTTP port this server listens on ({@code PORT}). */
    public String port() {
        return port;
    }

    /** Where this application is reached from the outside ({@code APP_BASE_URL}), when set. */
    public Optional<String> appBaseUrl() {
        return appBaseUrl;
    }
}
