package com.tripavail.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What must be set, and how strong it must be, before the server may start in production.
 * Reports variable names only — never a value.
 */
public final class RequiredSettings {
    static final int MIN_SECRET_LENGTH = 32;
    private static final List<String> REQUIRED = List.of(
            "DATABASE_URL", "REDIS_URL", "JWT_PRIVATE_KEY", "JWT_KEY_ID", "JWT_ISSUER", "CORS_ORIGINS", "SMTP_URL");
    private static final List<String> SECRETS = List.of("STORAGE_SIGNING_KEY", "STRIPE_WEBHOOK_SECRET");
    static final String KEYSTORE_PASSWORD = "KEYSTORE_PASSWORD";
    static final int MIN_KEYSTORE_PASSWORD_LENGTH = 16;
    /**
     * Passwords that are public: server.xml's development default (which Liberty's configuration also
     * hands the application when the variable is unset) and the usual keystore defaults.
     */
    static final Set<String> KNOWN_DEFAULT_PASSWORDS = Set.of(
            "tripavail-dev-keystore",
            "changeit",
            "changeme",
            "password",
            "passw0rd",
            "secret",
            "keystore",
            "liberty",
            "default",
            "tripavail");

    private RequiredSettings() {}

    public static List<String> problems(AppEnvironment environment, UnaryOperator<String> lookup) {
        List<String> problems = new ArrayList<>();
        if (!environment.isProduction()) {
            return problems;
        }
        for (String name : REQUIRED) {
            if (isBlank(lookup.apply(name))) {
                problems.add(name + " is required in production");
            }
        }
        for (String name : SECRETS) {
            String value = lookup.apply(name);
            if (isBlank(value)) {
                problems.add(name + " is required in production");
            } else if (value.length() < MIN_SECRET_LENGTH
                    || value.chars().distinct().count() < 10) {
                problems.add(name + " is too weak: use at least " + MIN_SECRET_LENGTH + " random characters");
            }
        }
        String keystorePassword = lookup.apply(KEYSTORE_PASSWORD);
        if (isBlank(keystorePassword)) {
            problems.add(KEYSTORE_PASSWORD + " is required in production");
        } else if (keystorePassword.length() < MIN_KEYSTORE_PASSWORD_LENGTH
                || KNOWN_DEFAULT_PASSWORDS.contains(keystorePassword.trim().toLowerCase(Locale.ROOT))) {
            problems.add(KEYSTORE_PASSWORD + " is too weak: use at least " + MIN_KEYSTORE_PASSWORD_LENGTH
                    + " characters that are not a known default");
        }
        if (isBlank(lookup.apply("BACKUP_DIR"))
                && !"false"
                        .equalsIgnoreCase(
                                String.valueOf(lookup.apply("BACKUP_ENABLED")).trim())) {
            problems.add(
                    "BACKUP_DIR is required in production (or switch backups off explicitly: BACKUP_ENABLED=false)");
        }
        String origins = lookup.apply("CORS_ORIGINS");
        if (!isBlank(origins)
                && List.of(origins.split(",")).stream().map(String::trim).anyMatch("*"::equals)) {
            problems.add("CORS_ORIGINS must not contain * in production");
        }
        return problems;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
