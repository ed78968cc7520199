package com.tripavail.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Walks a Java wire type and the contract's schema for it side by side and lists every place they
 * disagree: a record's fields against the schema's properties (names as JSON-B writes them), the
 * fields a request must carry against {@code required}, enum constants against {@code enum}, element
 * and value types of lists and maps, the kind of every scalar, and the bean-validation bounds
 * ({@code @Size}, {@code @Min}, {@code @Max}) against the schema's.
 */
final class SchemaMatcher {
    /** Requests: required must be exactly what validation requires. Answers: required may say more (always sent). */
    enum Direction {
        REQUEST,
        ANSWER
    }

    private final JsonNode schemas;
    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();

    SchemaMatcher(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    List<String> mismatches() {
        return mismatches;
    }

    void match(Type type, JsonNode schema, Direction direction, String where) {
        match(type, schema, direction, where, Map.of(), null);
    }

    private void match(
            Type type,
            JsonNode schema,
            Direction direction,
            String where,
            Map<TypeVariable<?>, Type> bindings,
            AnnotatedElement constraints) {
        Type resolved = type instanceof TypeVariable<?> v ? bindings.getOrDefault(v, Object.class) : type;
        JsonNode target = resolve(schema);
        Class<?> raw = rawClass(resolved);
        if (target == null) {
            mismatches.add(where + ": schema " + schema + " does not resolve");
        } else if (raw == Optional.class) {
            match(argument(resolved, 0), schema, direction, where, bindings, constraints);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
            expect(target, "array", where);
            Type element = raw.isArray() ? raw.getComponentType() : argument(resolved, 0);
            match(element, target.path("items"), direction, where + "[]", bindings, null);
            bounds(target, constraints, "minItems", "maxItems", where);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(target, "object", where);
            if (target.has("additionalProperties")
                    && target.get("additionalProperties").isObject()) {
                match(
                        argument(resolved, 1),
                        target.get("additionalProperties"),
                        direction,
                        where + "{}",
                        bindings,
                        null);
            }
        } else if (raw.isEnum()) {
            Set<String> constants = new TreeSet<>();
            Arrays.stream(raw.getEnumConstants()).forEach(c -> constants.add(((Enum<?>) c).name()));
            Set<String> listed = new TreeSet<>();
            target.path("enum").forEach(v -> listed.add(v.asText()));
            if (!constants.equals(listed)) {
                mismatches.add(where + ": enum " + raw.getSimpleName() + " " + constants + " but the contract lists "
                        + listed);
            }
        } else if (raw.isRecord()) {
            record(raw, resolved, target, direction, where, bindings);
        } else {
            scalar(raw, target, where, constraints);
        }
    }

    private void record(
            Class<?> raw,
            Type type,
            JsonNode schema,
            Direction direction,
            String where,
            Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>(outer);
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], p.getActualTypeArguments()[i]);
            }
        }
        if (!visited.add(
                type.getTypeName() + "@" + direction + "@" + schema.toString().hashCode())) {
            return; // each (type, schema) pair once: records may refer to each other
        }
        expect(schema, "object", where);
        JsonNode properties = schema.path("properties");
        Set<String> fields = new TreeSet<>();
        Set<String> mustCarry = new TreeSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            if (isTransient(raw, component)) {
                continue;
            }
            String name = jsonName(raw, component);
            fields.add(name);
            AnnotatedElement annotations = annotations(raw, component);
            if (annotations.isAnnotationPresent(NotNull.class)
                    || annotations.isAnnotationPresent(NotBlank.class)
                    || annotations.isAnnotationPresent(NotEmpty.class)) {
                mustCarry.add(name);
            }
            if (properties.has(name)) {
                match(
                        component.getGenericType(),
                        properties.get(name),
                        direction,
                        where + "." + name,
                        bindings,
                        annotations);
            }
        }
        Set<String> described = new TreeSet<>();
        properties.fieldNames().forEachRemaining(described::add);
        if (!fields.equals(described)) {
            mismatches.add(where + ": " + raw.getSimpleName() + " has fields " + fields + " but the contract describes "
                    + described);
        }
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        boolean agrees = direction == Direction.REQUEST ? required.equals(mustCarry) : required.containsAll(mustCarry);
        if (!agrees) {
            mismatches.add(where + ": " + raw.getSimpleName() + " requires " + mustCarry
                    + " but the contract's required is " + required);
        }
    }

    private void scalar(Class<?> raw, JsonNode schema, String where, AnnotatedElement constraints) {
        if (raw == Object.class || raw.getName().startsWith("jakarta.json.")) {
            return; // any JSON
        }
        String kind = raw == String.class || raw == UUID.class || raw == byte[].class
                ? "string"
                : raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDate.class
                        ? "string"
                        : raw == Boolean.class || raw == boolean.class
                                ? "boolean"
                                : raw == BigDecimal.class || raw == Double.class || raw == double.class
                                        ? "number"
                                        : Number.class.isAssignableFrom(raw) || raw.isPrimitive() ? "integer" : null;
        if (kind == null) {
            mismatches.add(where + ": " + raw.getName() + " is neither a record, an enum, a collection nor a scalar");
            return;
        }
        expect(schema, kind, where);
        bounds(schema, constraints, "minLength", "maxLength", where);
        if (constraints != null && constraints.isAnnotationPresent(Min.class)) {
            same(schema, "minimum", constraints.getAnnotation(Min.class).value(), where);
        }
        if (constraints != null && constraints.isAnnotationPresent(Max.class)) {
            same(schema, "maximum", constraints.getAnnotation(Max.class).value(), where);
        }
    }

    private void bounds(JsonNode schema, AnnotatedElement constraints, String minKey, String maxKey, String where) {
        Size size = constraints == null ? null : constraints.getAnnotation(Size.class);
        if (size != null) {
            if (size.min() > 0) {
                same(schema, minKey, size.min(), where);
            }
            if (size.max() < Integer.MAX_VALUE) {
                same(schema, maxKey, size.max(), where);
            }
        }
    }

    private void same(JsonNode schema, String key, long expected, String where) {
        if (!schema.has(key) || schema.get(key).asLong() != expected) {
            mismatches.add(where + ": validation says " + key + " " + expected + " but the contract says "
                    + schema.path(key).asText("nothing"));
        }
    }

    private void expect(JsonNode schema, String type, String where) {
        String written = schema.path("type").asText("");
        boolean ok = written.equals(type) || written.isEmpty() && type.equals("object") && schema.has("properties");
        if (!ok) {
            mismatches.add(where + ": a " + type + " but the contract says " + (written.isEmpty() ? schema : written));
        }
    }

    /** The schema behind {@code $ref} or a lone {@code allOf: [$ref]}; an empty schema stays empty (and mismatches). */
    private JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        if (node.has("allOf") && node.get("allOf").size() == 1) {
            node = node.get("allOf").get(0);
        }
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/components/schemas/", "");
            return schemas.has(name) ? schemas.get(name) : null;
        }
        return node;
    }

    private static boolean isTransient(Class<?> record, RecordComponent component) {
        return annotations(record, component).isAnnotationPresent(JsonbTransient.class)
                || component.getAccessor().isAnnotationPresent(JsonbTransient.class);
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        JsonbProperty renamed = annotations(record, component).getAnnotation(JsonbProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    /** A component's annotations land on its field (validation, JSON-B) as well as on the component. */
    private static AnnotatedElement annotations(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return component;
        }
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        } else if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
