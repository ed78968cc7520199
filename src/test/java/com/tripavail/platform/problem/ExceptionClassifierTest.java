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
}
