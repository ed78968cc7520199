package com.tripavail.platform.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** Query and path dates by {@link ApiDates}' rule; anything else is a 400 naming the parameter. */
@Provider
public class LocalDateParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>)
                QueryParamConverters.converter(parameterName(annotations), ApiDates::parse, ApiDates.MESSAGE);
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
