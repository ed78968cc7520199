package com.tripavail.platform.paging;

import com.tripavail.platform.problem.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursor: the sort key values of the last row of a page, so a page is stable while
 * rows are inserted (no OFFSET). Clients never parse it.
 */
public final class Cursor {
    private static final String SEPARATOR = "|";

    private Cursor() {}

    public static String encode(Object... keys) {
        StringBuilder sb = new StringBuilder();
        for (Object key : keys) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(key);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key values, or an empty list for no cursor; a malformed cursor is the client's error. */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split("\\" + SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid_cursor", "The cursor is not one this endpoint issued");
        }
    }

    public static long longPart(List<String> parts, int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("invalid_cursor", "The cursor is not one this endpoint issued");
        }
    }
}
