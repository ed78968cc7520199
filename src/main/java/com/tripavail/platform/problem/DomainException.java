package com.tripavail.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule of the domain said no. Carries the HTTP status and the stable machine {@code code} that
 * clients switch on; the mapper turns it into problem+json.
 */
public class DomainException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public DomainException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public DomainException(int status, String code, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = Objects.requireNonNull(code);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not_found", what + " not found");
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(409, code, detail);
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(403, code, detail);
    }

    public static DomainException badRequest(String code, String detail) {
        return new DomainException(400, code, detail);
    }

    public static DomainException invalidField(String field, String message) {
        return new DomainException(
                400, "validation_failed", "The request has invalid fields", List.of(new FieldError(field, message)));
    }

    /** A response header the client needs with this problem (e.g. {@code Retry-After}). */
    public DomainException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
