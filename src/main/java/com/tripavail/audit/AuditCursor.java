package com.tripavail.audit;

import com.tripavail.platform.problem.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursor: the last id of the previous page, base64url so clients do not parse it. */
final class AuditCursor {
    private static final String PREFIX = "a:";

    private AuditCursor() {
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(raw.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this endpoint returned");
        }
    }
}
