package com.tripavail.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** RFC 9457 problem details, with TripAvail's {@code code}, {@code requestId} and field errors. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "requestId", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://tripavail.example/problems/";

    public static Problem of(
            int status, String code, String detail, String instance, String requestId, List<FieldError> errors) {
        return new Problem(
                TYPE_BASE + code.replace('_', '-'),
                StatusTitles.title(status),
                status,
                detail,
                instance,
                code,
                requestId,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
