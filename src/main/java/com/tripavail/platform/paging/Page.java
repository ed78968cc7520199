package com.tripavail.platform.paging;

import com.tripavail.platform.problem.DomainException;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A page of a list endpoint: {@code {"data": [...], "nextCursor": "..." | null}} (null is written, not left out). */
public record Page<T>(List<T> data, @JsonbNillable String nextCursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** A client's {@code limit}: 20 when absent, at most 100 (larger asks get 100), below 1 refused. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1) {
            throw DomainException.invalidField("limit", "must be at least 1 (at most " + MAX_LIMIT + " are returned)");
        }
        return Math.min(MAX_LIMIT, requested);
    }
}
