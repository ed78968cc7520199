package com.tripavail.platform.metrics;

import java.util.function.Supplier;

/**
 * A gauge's reading from the database, taken again only when the last one is older than {@code
 * maxAgeMillis}: a scrape (or several gauges read from one statement) costs at most one query per
 * period. A failed read throws to the caller and is retried on the next call.
 */
public final class Refreshing<T> {
    private final long maxAgeMillis;
    private final Supplier<T> read;
    private volatile T value;
    private volatile long readAt;

    public Refreshing(long maxAgeMillis, Supplier<T> read) {
        this.maxAgeMillis = maxAgeMillis;
        this.read = read;
    }

    public T get() {
        long now = System.currentTimeMillis();
        if (now - readAt > maxAgeMillis) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
