package com.tripavail.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class ExceptionClassifierTest {

    @Test
    void domainExceptionKeepsItsCodeAndStatus() {
        var c = ExceptionClassifier.classify(DomainException.conflict("insufficient_inventory", "sold out"));
        assertThat(c.status()).isEqualTo(409);
        assertThat(c.code()).isEqualTo("insufficient_inventory");
        assertThat(c.unexpected()).isFalse();
    }

    @Test
    void anUnreachableDatabaseIsA503NotABug() {
        var refused = ExceptionClassifier.classify(new jakarta.persistence.PersistenceException(
                new RuntimeException(new java.sql.SQLException("Connection refused", "08001"))));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("service_unavailable");
        assertThat(refused.unexpected()).isFalse();
        assertThat(ExceptionClassifier.classify(new java.sql.SQLException("terminating connection", "57P01"))
                        .status())
                .isEqualTo(503);
        assertThat(ExceptionClassifier.classify(new java.sql.SQLTransientConnectionException("pool wait"))
                        .status())
                .isEqualTo(503);
        assertThat(ExceptionClassifier.classify(new java.sql.SQLException("duplicate", "23505"))
                        .status())
                .isEqualTo(409);
        assertThat(ExceptionClassifier.classify(new java.sql.SQLException("syntax", "42601"))
                        .status())
                .isEqualTo(500);
    }

    @Test
    void bindingFailuresAreMalformedJsonOrUnknownProperty() {
        var malformed =
                ExceptionClassifier.classify(new ProcessingException(new JsonbException("Unexpected char 123")));
        assertThat(malformed.code()).isEqualTo("malformed_json");
        assertThat(malformed.status()).isEqualTo(400);
        var unknown = ExceptionClassifier.classify(new JsonbException("Unknown properties encountered: [status]"));
        assertThat(unknown.code()).isEqualTo("unknown_property");
        var yasson = ExceptionClassifier.classify(new ProcessingException(
                new JsonbException("Json property status can not be mapped to a class class X.")));
        assertThat(yasson.code()).isEqualTo("unknown_property");
        assertThat(yasson.errors())
                .singleElement()
                .extracting(FieldError::field)
                .isEqualTo("status");
    }

    @Test
    void tooLargeIsFoundDeepInTheChain() {
        var c = ExceptionClassifier.classify(
                new ProcessingException(new RuntimeException(new PayloadTooLargeException(10))));
        assertThat(c.status()).isEqualTo(413);
        assertThat(c.code()).isEqualTo("payload_too_large");
    }

    @Test
    void postgresDeadlocksSerializationFailuresAndDuplicatesAreConflicts() {
        var deadlock = ExceptionClassifier.classify(
                new jakarta.persistence.PersistenceException(new java.sql.SQLException("deadlock detected", "40P01")));
        assertThat(deadlock.status()).isEqualTo(409);
        assertThat(deadlock.code()).isEqualTo("concurrent_modification");
        assertThat(ExceptionClassifier.classify(new RuntimeException(new java.sql.SQLException("x", "40001")))
                        .code())
                .isEqualTo("concurrent_modification");
        var duplicate = ExceptionClassifier.classify(
                new jakarta.persistence.PersistenceException(new java.sql.SQLException("duplicate key", "23505")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_request");
        assertThat(duplicate.detail()).doesNotContain("duplicate key");
    }

    @Test
    void optimisticLockIsAConflict() {
        assertThat(ExceptionClassifier.classify(new OptimisticLockException()).code())
                .isEqualTo("concurrent_modification");
    }

    @Test
    void anythingElseIsAnOpaque500() {
        var c = ExceptionClassifier.classify(new IllegalStateException("SELECT * FROM users failed"));
        assertThat(c.status()).isEqualTo(500);
        assertThat(c.unexpected()).isTrue();
        assertThat(c.detail()).doesNotContain("SELECT").doesNotContain("IllegalState");
    }

    /** Yasson's wrapping: one "Unable to deserialize property" level per property, outermost first. */
    private static JsonbException yassonWrapped(Throwable cause, String... properties) {
        Throwable t = cause;
        for (int i = properties.length - 1; i >= 0; i--) {
            t = new JsonbException(
                    "Unable to deserialize property '" + properties[i] + "' because of: " + t.getMessage(), t);
        }
        return (JsonbException) t;
    }

    @Test
    void refusedJsonValuesAreValidationFailedNamingTheFieldPath() {
        var c = ExceptionClassifier.classify(new ProcessingException(yassonWrapped(
                new InvalidJsonValueException("must be a whole number from 0 to 9"), "price", "amountMinor")));
        assertThat(c.status()).isEqualTo(400);
        assertThat(c.code()).isEqualTo("validation_failed");
        assertThat(c.errors())
                .containsExactly(new FieldError("price.amountMinor", "must be a whole number from 0 to 9"));
        var topLevel = ExceptionClassifier.classify(new InvalidJsonValueException("must not contain NUL"));
        assertThat(topLevel.errors()).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void wrongTypesInsideTheBodyNameTheFieldWhenYassonSaysWhich() {
        var c = ExceptionClassifier.classify(new ProcessingException(yassonWrapped(
                new JsonbException(
                        "Error deserialize JSON value into type: class java.lang.Double.",
                        new NumberFormatException("abc")),
                "latitude")));
        assertThat(c.code()).isEqualTo("malformed_json");
        assertThat(c.errors()).extracting(FieldError::field).containsExactly("latitude");
        var syntax = ExceptionClassifier.classify(new ProcessingException(new JsonbException("Unexpected char 123")));
        assertThat(syntax.code()).isEqualTo("malformed_json");
        assertThat(syntax.errors()).isEmpty();
    }

    @Test
    void anUnconvertibleQueryParameterIsNamedButNotAPathParameter() {
        // RESTEasy's NotFoundException for a parameter conversion (it needs a JAX-RS runtime to construct)
        var query = new RuntimeException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"expires\")"
                        + " value is 'abc'",
                new NumberFormatException("For input string: \"abc\""));
        assertThat(ExceptionClassifier.unconvertibleQueryParameter(query)).isEqualTo("expires");
        var path = new RuntimeException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.PathParam(\"id\")"
                        + " value is 'abc'",
                new IllegalArgumentException("Invalid UUID string: abc"));
        assertThat(ExceptionClassifier.unconvertibleQueryParameter(path)).isNull();
        assertThat(ExceptionClassifier.unconvertibleQueryParameter(new RuntimeException("HTTP 404 Not Found")))
                .isNull();
    }

    @Test
    void containerElementNodesAreNotPartOfTheFieldName() {
        assertThat(ExceptionClassifier.fieldName("create.arg0.inclusions[0].<list element>"))
                .isEqualTo("inclusions[0]");
        assertThat(ExceptionClassifier.fieldName("create.arg0.price.amountMinor"))
                .isEqualTo("price.amountMinor");
        assertThat(ExceptionClassifier.fieldName("create.arg0")).isEqualTo("arg0");
    }

    @Test
    void theMapperAnswersEvenWhenItCannotReadTheRequest() {
        jakarta.servlet.http.HttpServletRequest broken =
                (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                        (proxy, method, args) -> {
                            throw new IllegalArgumentException("Illegal character in query");
                        });
        assertThat(ProblemExceptionMapper.instance(broken)).isNull();
        assertThat(ProblemExceptionMapper.instance(null)).isNull();
    }
}
