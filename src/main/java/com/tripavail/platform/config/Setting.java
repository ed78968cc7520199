package com.tripavail.platform.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One setting, read by name from MicroProfile Config (environment variables first) with its default
 * for when it is unset or empty, and parsed by a parser that names the setting in its error message:
 * the name is written once, where the setting is read.
 */
public final class Setting {
    private Setting() {}

    /** The value of {@code name}, or {@code defaultValue} when it is unset or empty. */
    public static String raw(String name, String defaultValue) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(defaultValue);
    }

    /**
     * The value of {@code name} converted to {@code type} by MicroProfile Config's own converter (the
     * one {@code @ConfigProperty} injection uses), or {@code defaultValue} when it is unset or empty.
     * A value that does not convert is an {@link Invalid} naming the setting and the type, never the value.
     */
    public static <T> T value(String name, Class<T> type, T defaultValue) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, type).orElse(defaultValue);
        } catch (IllegalArgumentException unconvertible) {
            throw new Invalid(name + " is not a valid " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A setting whose value cannot be used; the message names it (and never shows the value). */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The value of {@code name}, empty when it is unset or blank. */
    public static Optional<String> optional(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    /** A comma-separated list: its items trimmed, empty ones dropped. */
    public static List<String> list(String name, String defaultValue) {
        return Arrays.stream(raw(name, defaultValue).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The value of {@code name} (or its default) through {@code parser}, which is told the name for its
     * errors; what it refuses is an {@link Invalid} with its message, like a value that does not convert.
     */
    public static <T> T parse(String name, String defaultValue, BiFunction<String, String, T> parser) {
        return parsed(name, raw(name, defaultValue), parser);
    }

    static <T> T parsed(String name, String value, BiFunction<String, String, T> parser) {
        try {
            return parser.apply(name, value);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw new Invalid(refused.getMessage());
        }
    }

    /** A positive duration: ISO-8601 or whole seconds ({@link Durations}). */
    public static Duration duration(String name, String defaultValue) {
        return parse(name, defaultValue, Durations::parse);
    }

    /**
     * A secret's configured {@code value}; when it is unset or blank, production refuses to go on
     * ("NAME is required in production") and any other environment gets empty, for its development
     * fallback.
     */
    public static Optional<String> secret(String name, Optional<String> value, AppEnvironment environment) {
        Optional<String> set = value.filter(v -> !v.isBlank());
        if (set.isEmpty() && environment.isProduction()) {
            throw new IllegalStateException(name + " is required in production");
        }
        return set;
    }
}
