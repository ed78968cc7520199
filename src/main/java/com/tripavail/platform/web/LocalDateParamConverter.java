package com.tripavail.platform.web;

import com.tripavail.platform.problem.DomainException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path dates as {@code YYYY-MM-DD}; anything else is a 400 naming the parameter. */
@Provider
public class LocalDateParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.trim());
                } catch (DateTimeParseException e) {
                    throw DomainException.invalidField(name, "must be a date as YYYY-MM-DD");
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof jakarta.ws.rs.QueryParam q) {
                return q.value();
            }
            if (a instanceof jakarta.ws.rs.PathParam p) {
                return p.value();
            }
        }
        return "date";
    }
}
