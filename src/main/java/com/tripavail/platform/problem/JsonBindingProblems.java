package com.tripavail.platform.problem;

import com.tripavail.platform.problem.ExceptionClassifier.Classified;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies JSON-B could not bind: unknown properties, values refused on purpose ({@link
 * InvalidJsonValueException}) and malformed JSON or wrong types, each with the property path where
 * JSON-B names it. Part of {@link ExceptionClassifier}.
 */
final class JsonBindingProblems {

    /** Yasson's wording when fail-on-unknown-properties rejects a property. */
    private static final java.util.regex.Pattern UNMAPPED_PROPERTY =
            java.util.regex.Pattern.compile("Json property (\\S+) can not be mapped");

    /** Yasson wraps a failure inside a property once per level, outermost first. */
    private static final java.util.regex.Pattern PROPERTY_LEVEL =
            java.util.regex.Pattern.compile("^Unable to deserialize property '([^']+)' because of:");

    private JsonBindingProblems() {}

    /** What a binding error anywhere in the cause chain means to the client; null if there is none. */
    static Classified classify(Throwable e) {
        // two passes: the unknown-property cause is often wrapped in a more generic binding error
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            java.util.regex.Matcher unmapped = UNMAPPED_PROPERTY.matcher(c.getMessage() == null ? "" : c.getMessage());
            if ((c instanceof JsonbException || c instanceof ProcessingException)
                    && (message.contains("unknown propert") || unmapped.find())) {
                String field = unmapped.find(0) ? unmapped.group(1) : "body";
                return new Classified(
                        400,
                        "unknown_property",
                        "The body has a property this endpoint does not accept",
                        List.of(new FieldError(field, "is not accepted here")),
                        false);
            }
        }
        InvalidJsonValueException invalid = ExceptionClassifier.findCause(e, InvalidJsonValueException.class);
        if (invalid != null) {
            return Classified.invalidFields(List.of(new FieldError(propertyPath(e, "body"), invalid.getMessage())));
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof JsonParsingException
                    || c instanceof JsonbException
                    || c instanceof jakarta.json.JsonException) {
                String path = propertyPath(e, null);
                return new Classified(
                        400,
                        "malformed_json",
                        "The request body is not valid JSON for this endpoint",
                        path == null
                                ? List.of()
                                : List.of(new FieldError(path, "has the wrong type or an invalid value")),
                        false);
            }
        }
        return null;
    }

    /** {@code price.amountMinor} from Yasson's nested "Unable to deserialize property" wrappers. */
    static String propertyPath(Throwable e, String fallback) {
        StringBuilder path = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            java.util.regex.Matcher level = PROPERTY_LEVEL.matcher(c.getMessage() == null ? "" : c.getMessage());
            if (c instanceof JsonbException && level.find()) {
                path.append(path.isEmpty() ? "" : ".").append(level.group(1));
            }
        }
        return path.isEmpty() ? fallback : path.toString();
    }
}
