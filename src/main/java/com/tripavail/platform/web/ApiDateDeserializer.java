package com.tripavail.platform.web;

import com.tripavail.platform.problem.InvalidJsonValueException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates in request bodies. Something that is no date at all ({@code 2026-13-01}, a number) stays
 * {@code 400 malformed_json} naming the field, as before; a real ISO date outside what the API
 * accepts ({@code +999999999-01-01}, {@code -4713-01-01}: see {@link ApiDates}) is {@code 400
 * validation_failed} naming the field, where it used to reach PostgreSQL and fail as a 500.
 */
final class ApiDateDeserializer implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        // getValue(), not currentEvent(): Yasson's parser here does not support the latter (measured)
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null; // as JSON-B's own date binding: @NotNull decides
        }
        if (!(value instanceof JsonString text)) {
            throw new JsonbException("a date must be a JSON string");
        }
        try {
            LocalDate.parse(text.getString());
        } catch (DateTimeException e) {
            throw new JsonbException("not an ISO-8601 date");
        }
        try {
            return ApiDates.parse(text.getString());
        } catch (DateTimeException e) {
            throw new InvalidJsonValueException(ApiDates.MESSAGE);
        }
    }
}
