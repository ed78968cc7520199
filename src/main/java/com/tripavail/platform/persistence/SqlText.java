package com.tripavail.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with positional parameters, appended in order, for queries whose filters depend on the
 * request. Values are always bound, never concatenated.
 */
public final class SqlText {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    public SqlText(String base, Object... values) {
        this.text = new StringBuilder(base);
        params.addAll(Arrays.asList(values));
    }

    /** Appends the clause and its values when {@code when} holds. */
    public SqlText filter(boolean when, String clause, Object... values) {
        if (when) {
            append(clause, values);
        }
        return this;
    }

    public SqlText append(String clause, Object... values) {
        text.append(clause);
        params.addAll(Arrays.asList(values));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }
}
