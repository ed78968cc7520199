package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.FieldError;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class QueryParamConvertersTest {
    enum Status {
        PENDING,
        APPROVED
    }

    @SuppressWarnings("unused")
    static void resource(
            @QueryParam("limit") Integer limit, @QueryParam("status") Status status, @PathParam("id") Long id) {}

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return QueryParamConvertersTest.class.getDeclaredMethod("resource", Integer.class, Status.class, Long.class)
                .getParameterAnnotations()[parameter];
    }

    private static FieldError errorOf(Runnable conversion) {
        DomainException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(conversion::run, DomainException.class);
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("validation_failed");
        return e.fieldErrors().get(0);
    }

    @Test
    void integersConvertOrNameTheParameter() throws Exception {
        var converter = new QueryParamConverters().getConverter(Integer.class, Integer.class, annotationsOf(0));
        assertThat(converter.fromString(" 20 ")).isEqualTo(20);
        assertThat(converter.fromString("")).isNull();
        for (String bad : new String[] {"abc", "1.5", "99999999999999999999", "99999999999"}) {
            FieldError error = errorOf(() -> converter.fromString(bad));
            assertThat(error.field()).isEqualTo("limit");
            assertThat(error.message()).startsWith("must be a whole number");
        }
    }

    @Test
    void enumsConvertOrListTheirValues() throws Exception {
        var converter = new QueryParamConverters().getConverter(Status.class, Status.class, annotationsOf(1));
        assertThat(converter.fromString("APPROVED")).isEqualTo(Status.APPROVED);
        FieldError error = errorOf(() -> converter.fromString("FOO"));
        assertThat(error.field()).isEqualTo("status");
        assertThat(error.message()).isEqualTo("must be one of PENDING, APPROVED");
    }

    @Test
    void pathParametersKeepTheirNotFound() throws Exception {
        assertThat(new QueryParamConverters().getConverter(Long.class, Long.class, annotationsOf(2)))
                .isNull();
        assertThat(new QueryParamConverters().getConverter(String.class, String.class, annotationsOf(0)))
                .isNull();
    }
}
