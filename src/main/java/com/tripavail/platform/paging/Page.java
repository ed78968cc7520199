package com.tripavail.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A page of a list endpoint: {@code {"data": [...], "nextCursor": "..." | null}} (null is written, not left out). */
public record Page<T>(List<T> data, @JsonbNillable String nextCursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Clamps a client's {@code limit} into 1..100, 20 when absent. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        return Math.max(1, Math.min(MAX_LIMIT, requested));
    }
}
