package com.tripavail.search;

import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.problem.DomainException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Keyset position in a ranked result: the last row's (score, kind, package id) plus the fingerprint
 * of the search that issued it. Results are ordered by score descending, then kind and package id
 * descending, a total order, so the next page is exactly the rows after that key: no OFFSET, no row
 * skipped or repeated when documents are added or re-indexed elsewhere in the list. The score is a
 * decimal rounded by PostgreSQL (6 places), so it compares exactly when it comes back.
 */
public record SearchCursor(BigDecimal score, PackageKind kind, long packageId) {
    private static final int PARTS = 4;

    public String encode(String fingerprint) {
        return Cursor.encode(fingerprint, score.toPlainString(), kind.name(), packageId);
    }

    /** The position, or null without a cursor; a cursor of another search (or none of ours) is a 400. */
    public static SearchCursor decode(String cursor, String fingerprint) {
        List<String> parts = Cursor.decode(cursor, PARTS);
        if (parts.isEmpty()) {
            return null;
        }
        if (!parts.get(0).equals(fingerprint)) {
            throw DomainException.badRequest(
                    "invalid_cursor", "The cursor belongs to another search; start again without it");
        }
        try {
            return new SearchCursor(
                    new BigDecimal(parts.get(1)), PackageKind.valueOf(parts.get(2)), Cursor.longPart(parts, 3));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid_cursor", "The cursor is not one this endpoint issued");
        }
    }
}
