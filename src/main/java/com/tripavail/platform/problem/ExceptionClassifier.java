package com.tripavail.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what any throwable means to a client: status, stable code and a detail that never
 * carries internals. Pure, so every branch is unit tested.
 */
public final class ExceptionClassifier {

    /** What the client is told; {@code unexpected} marks a 500 whose cause is logged in full. */
    public record Classified(int status, String code, String detail, List<FieldError> errors, boolean unexpected) {
        static Classified of(int status, String code, String detail) {
            return new Classified(status, code, detail, List.of(), false);
        }

        static Classified invalidFields(List<FieldError> errors) {
            return new Classified(400, "validation_failed", "The request has invalid fields", errors, false);
        }
    }

    /** What a client is told about a 500; the cause is logged with the request id. */
    public static final String SERVICE_UNAVAILABLE = "service_unavailable";

    /** Seconds a client is told to wait after a 503 for an unavailable dependency. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public static final String INTERNAL_DETAIL = "An unexpected error occurred; quote the request id when reporting it";

    /**
     * RESTEasy's wording when a query parameter cannot be converted to its Java type; JAX-RS makes
     * that a 404 (a {@code NotFoundException} with the conversion failure as cause).
     */
    private static final java.util.regex.Pattern QUERY_PARAM_CONVERSION = java.util.regex.Pattern.compile(
            "Unable to extract parameter from http request: \\S*QueryParam\\(\"([^\"]+)\"\\)");

    private ExceptionClassifier() {}

    public static Classified classify(Throwable t) {
        Throwable e = unwrapTransactional(t);
        DomainException d = findCause(e, DomainException.class);
        if (d != null) {
            return new Classified(d.status(), d.code(), d.getMessage(), d.fieldErrors(), false);
        }
        if (e instanceof ConstraintViolationException cve) {
            return Classified.invalidFields(fieldErrors(cve));
        }
        if (databaseUnavailable(e)) {
            return Classified.of(
                    503, SERVICE_UNAVAILABLE, "The service is briefly unavailable; retry after the Retry-After delay");
        }
        String sqlState = sqlState(e);
        if ("40P01".equals(sqlState) || "40001".equals(sqlState) || "55P03".equals(sqlState)) {
            return Classified.of(
                    409,
                    "concurrent_modification",
                    "The resource was changed by another request at the same time; retry");
        }
        if ("23505".equals(sqlState)) {
            return Classified.of(409, "duplicate_request", "This was already done by an earlier request");
        }
        if (e instanceof OptimisticLockException || findCause(e, OptimisticLockException.class) != null) {
            return Classified.of(
                    409, "concurrent_modification", "The resource was changed by another request; reload and retry");
        }
        PayloadTooLargeException tooLarge = findCause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return Classified.of(413, "payload_too_large", tooLarge.getMessage());
        }
        Classified json = JsonBindingProblems.classify(e);
        if (json != null) {
            return json;
        }
        if (e instanceof WebApplicationException wae) {
            return webApplication(wae);
        }
        return new Classified(500, "internal_error", INTERNAL_DETAIL, List.of(), true);
    }

    /**
     * PostgreSQL cannot be reached (refused, reset, closed, shutting down, pool wait timed out):
     * a temporary outage, not a bug, so a 503 the client may retry rather than a 500.
     */
    static boolean databaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException
                    || c instanceof java.sql.SQLRecoverableException
                    || c instanceof java.net.ConnectException
                    || c.getClass().getName().endsWith("ConnectionWaitTimeoutException")) {
                return true;
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The PostgreSQL SQLState anywhere in the cause chain (deadlock, serialization, unique violation). */
    static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Classified webApplication(WebApplicationException wae) {
        if (wae instanceof NotFoundException) {
            String parameter = unconvertibleQueryParameter(wae);
            if (parameter != null) {
                return Classified.invalidFields(List.of(new FieldError(parameter, "has an invalid value")));
            }
            return Classified.of(404, "not_found", "No resource at this path");
        }
        if (wae instanceof NotAllowedException) {
            return Classified.of(405, "method_not_allowed", "This method is not allowed on this path");
        }
        if (wae instanceof NotSupportedException) {
            return Classified.of(415, "unsupported_media_type", "Send the body as application/json");
        }
        if (wae instanceof NotAcceptableException) {
            return Classified.of(406, "not_acceptable", "This resource answers application/json only");
        }
        if (wae instanceof NotAuthorizedException) {
            return Classified.of(401, "unauthorized", "Authentication is required");
        }
        if (wae instanceof ForbiddenException) {
            return Classified.of(403, "forbidden", "You are not allowed to do this");
        }
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        if (status >= 500) {
            return new Classified(status, "internal_error", INTERNAL_DETAIL, List.of(), true);
        }
        if (status == 400) {
            return Classified.of(400, "bad_request", "The request could not be understood");
        }
        return Classified.of(status, "http_" + status, StatusTitles.title(status));
    }

    /** The query parameter whose value JAX-RS could not convert, or null for a real 404. */
    static String unconvertibleQueryParameter(Throwable notFound) {
        if (notFound.getCause() == null || notFound.getMessage() == null) {
            return null;
        }
        java.util.regex.Matcher m = QUERY_PARAM_CONVERSION.matcher(notFound.getMessage());
        return m.find() ? m.group(1) : null;
    }

    static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable unwrapTransactional(Throwable t) {
        Throwable e = t;
        while ((e instanceof RollbackException
                        || e instanceof jakarta.ejb.EJBException
                        || e instanceof jakarta.transaction.RollbackException
                        || e.getClass().getName().endsWith("TransactionalException"))
                && e.getCause() != null
                && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException cve) {
        return cve.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /**
     * {@code create.arg0.price.amountMinor} → {@code price.amountMinor}: the client's view of the
     * path; container element nodes ({@code inclusions[0].<list element>}) are the element itself.
     */
    static String fieldName(ConstraintViolation<?> v) {
        return fieldName(String.valueOf(v.getPropertyPath()));
    }

    static String fieldName(String propertyPath) {
        String path = propertyPath.replaceAll("\\.<[^>]*>", "");
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
