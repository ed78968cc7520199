package com.tripavail.catalog;

import com.tripavail.platform.problem.DomainException;
import jakarta.ws.rs.core.EntityTag;

/** Package versions as strong ETags ({@code "7"}), and {@code If-Match} back to a version. */
final class ETags {
    private ETags() {}

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Null when the client sent no If-Match (or {@code *}): the update is then unconditional. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new DomainException(412, "precondition_failed", "If-Match does not name a version of this package");
        }
    }
}
