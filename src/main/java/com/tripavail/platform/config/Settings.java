package com.tripavail.platform.config;

/**
 * A bean that reads its settings in its {@code @PostConstruct}. {@link StartupGuard} loads every one
 * at start-up, so a value that does not convert or parse ({@code MAX_ACTIVE_HOLDS=abc}, {@code
 * HOLD_TTL=soon}: a {@link Setting.Invalid}) stops the start, naming the variable, instead of failing
 * the first request that needs it.
 */
public interface Settings {
    /** Nothing but making sure the bean exists: calling it through the CDI proxy runs its {@code @PostConstruct}. */
    default void load() {}
}
