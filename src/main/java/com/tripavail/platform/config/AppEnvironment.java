package com.tripavail.platform.config;

import java.util.Locale;

/** {@code APP_ENV}: decides how strict start-up is about secrets and whether dev conveniences run. */
public enum AppEnvironment {
    DEVELOPMENT,
    STAGING,
    PRODUCTION;

    public static AppEnvironment parse(String value) {
        if (value == null || value.isBlank()) {
            return DEVELOPMENT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("APP_ENV must be development, staging or production");
        }
    }

    public boolean isProduction() {
        return this == PRODUCTION;
    }
}
