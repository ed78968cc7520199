package com.tripavail.platform.web;

import com.tripavail.platform.problem.InvalidJsonValueException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON parser JSON-B reads request bodies with, stricter than JSON-P where JSON-P silently
 * loses data: {@link #getInt()} and {@link #getLong()} (which JSON-B uses for {@code int}, {@code
 * Integer}, {@code long} and {@code Long}, primitive or not) accept only exact integers in range
 * where JSON-P truncated {@code 12.5} to 12 and wrapped {@code 2^64+100} to 100; strings with
 * U+0000 are refused, as PostgreSQL cannot store them in text. Everything else is delegated.
 */
final class StrictJsonParser implements JsonParser {
    static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    private final JsonParser delegate;

    StrictJsonParser(JsonParser delegate) {
        this.delegate = delegate;
    }

    @Override
    public int getInt() {
        return (int) exactInteger(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long getLong() {
        return exactInteger(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private long exactInteger(long min, long max) {
        BigDecimal value = delegate.getBigDecimal();
        try {
            long exact = value.longValueExact(); // throws for fractions and for anything past 64 bits
            if (exact >= min && exact <= max) {
                return exact;
            }
        } catch (ArithmeticException e) {
            // reported below, like a value out of the field's range
        }
        throw new InvalidJsonValueException("must be a whole number from " + min + " to " + max);
    }

    @Override
    public String getString() {
        String value = delegate.getString();
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidJsonValueException(NUL_MESSAGE);
        }
        return value;
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        return delegate.next();
    }

    @Override
    public Event currentEvent() {
        return delegate.currentEvent();
    }

    @Override
    public boolean isIntegralNumber() {
        return delegate.isIntegralNumber();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return delegate.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return delegate.getLocation();
    }

    @Override
    public JsonObject getObject() {
        return delegate.getObject();
    }

    @Override
    public JsonValue getValue() {
        return delegate.getValue();
    }

    @Override
    public JsonArray getArray() {
        return delegate.getArray();
    }

    @Override
    public Stream<JsonValue> getArrayStream() {
        return delegate.getArrayStream();
    }

    @Override
    public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
        return delegate.getObjectStream();
    }

    @Override
    public Stream<JsonValue> getValueStream() {
        return delegate.getValueStream();
    }

    @Override
    public void skipArray() {
        delegate.skipArray();
    }

    @Override
    public void skipObject() {
        delegate.skipObject();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
