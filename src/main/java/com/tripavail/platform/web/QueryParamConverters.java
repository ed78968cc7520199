package com.tripavail.platform.web;

import com.tripavail.platform.problem.DomainException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters of type {@code Integer}, {@code Long} and any enum: a value that does not convert
 * is a 400 {@code validation_failed} naming the parameter, where JAX-RS answers 404 (its rule for
 * query and path parameters). Path parameters keep the 404: there the value names a resource. A
 * blank value counts as absent. ({@code ExceptionClassifier} maps any other unconvertible query
 * parameter to a 400 too, with a less precise message.)
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>)
                    converter(name, Integer::valueOf, wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, v -> Enum.valueOf(type, v), oneOf(type));
        }
        return null;
    }

    static String wholeNumber(long min, long max) {
        return "must be a whole number from " + min + " to " + max;
    }

    static String oneOf(Class<?> enumType) {
        return "must be one of "
                + Arrays.stream(enumType.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
    }

    static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeException e) { // NumberFormatException included
                    throw DomainException.invalidField(name, message);
                }
            }

            @Override
            public String toString(V value) {
                return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            }
        };
    }

    private static String queryParameter(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }
}
