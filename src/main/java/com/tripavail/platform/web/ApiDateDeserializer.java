package com.tripavail.platform.web;

import com.tripavail.platform.problem.InvalidJsonValueException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates in request bodies by {@link ApiDates}' rule; anything else is a 400 naming the field. */
final class ApiDateDeserializer implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        // getValue(), not currentEvent(): Yasson's parser here does not support the latter
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null; // absent and null stay the same thing: @NotNull decides
        }
        try {
            if (value instanceof JsonString text) {
                return ApiDates.parse(text.getString());
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new InvalidJsonValueException(ApiDates.MESSAGE);
    }
}
