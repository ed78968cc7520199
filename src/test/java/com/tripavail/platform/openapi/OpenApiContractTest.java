package com.tripavail.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.tripavail.platform.openapi.ResourceOperations.ResourceOperation;
import com.tripavail.platform.openapi.SchemaMatcher.Direction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract file (META-INF/openapi.yaml, served at /openapi) and the resources say the same: no
 * operation one has and the other lacks, the same path, query, header and cookie parameters, a request
 * body exactly where a method takes an entity, and every wire record reached from an operation — its
 * request body or its typed answer — with the fields, required fields, enums and bounds its schema
 * gives. The server no longer derives the document from annotations, so this is what keeps the two in
 * step; OpenApiReplayIT checks real traffic against the served document.
 */
class OpenApiContractTest {
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static JsonNode contract;
    static Map<String, ResourceOperation> code;
    static Map<String, JsonNode> written;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            contract = new YAMLMapper().readTree(in);
        }
        code = new TreeMap<>();
        ResourceOperations.of("com.tripavail").forEach(op -> code.put(op.key(), op));
        written = new TreeMap<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (VERBS.contains(op.getKey())) {
                        written.put(op.getKey() + " " + path.getKey(), op.getValue());
                    }
                }));
    }

    @Test
    void everyResourceMethodIsAContractOperationAndBack() {
        assertThat(code).as("resource methods found").hasSizeGreaterThan(70);
        assertThat(new TreeSet<>(written.keySet()))
                .as("operations in META-INF/openapi.yaml")
                .isEqualTo(new TreeSet<>(code.keySet()));
    }

    @Test
    void everyOperationHasAnIdAndATag() {
        List<String> missing = new ArrayList<>();
        written.forEach((key, op) -> {
            if (op.path("operationId").asText("").isBlank()
                    || op.path("tags").isEmpty()
                    || op.path("summary").asText("").isBlank()) {
                missing.add(key);
            }
        });
        assertThat(missing).as("operations without operationId, tag or summary").isEmpty();
    }

    @Test
    void aBearerTokenIsDocumentedExactlyWhereARoleIsRequired() {
        List<String> mismatches = new ArrayList<>();
        code.forEach((key, op) -> {
            JsonNode doc = written.get(key);
            boolean documented = doc != null && !doc.path("security").isEmpty();
            if (doc != null && documented != requiresRole(op.method())) {
                mismatches.add(op
                        + (documented
                                ? ": public, but the contract asks for a token"
                                : ": needs a role, but the contract calls it public"));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void parametersAreTheOnesTheMethodsRead() {
        List<String> mismatches = new ArrayList<>();
        code.forEach((key, op) -> {
            JsonNode doc = written.get(key);
            if (doc == null) {
                return;
            }
            Map<String, Set<String>> described = parameters(doc);
            compare(mismatches, op, "path", op.pathParameters(), described);
            compare(mismatches, op, "query", op.queryParameters(), described);
            compare(mismatches, op, "header", op.headerParameters(), described);
            compare(mismatches, op, "cookie", op.cookieParameters(), described);
            if (op.entity().isPresent() != doc.has("requestBody")) {
                mismatches.add(
                        op + ": takes " + op.entity().map(Type::getTypeName).orElse("no body") + " but the contract "
                                + (doc.has("requestBody") ? "describes a body" : "describes none"));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void requestBodiesAndTypedAnswersMatchTheirSchemas() {
        SchemaMatcher matcher = new SchemaMatcher(contract);
        int matched = 0;
        for (ResourceOperation op : code.values()) {
            JsonNode doc = written.get(op.key());
            if (doc == null) {
                continue;
            }
            if (op.entity().isPresent() && isWireType(op.entity().get())) {
                matcher.match(op.entity().get(), json(doc.path("requestBody")), Direction.REQUEST, op + " body");
                matched++;
            }
            Type answer = op.method().getGenericReturnType();
            if (isWireType(answer)) {
                matcher.match(answer, json(success(doc)), Direction.ANSWER, op + " answer");
                matched++;
            }
        }
        assertThat(matched).as("bodies and answers compared").isGreaterThan(60);
        assertThat(matcher.mismatches()).isEmpty();
    }

    @Test
    void theMatcherSeesADriftedField() {
        // the check above can fail: a record field the contract does not describe is reported
        record Drifted(String id, String added) {}
        JsonNode schema = new YAMLMapper()
                .createObjectNode()
                .put("type", "object")
                .set(
                        "properties",
                        new YAMLMapper()
                                .createObjectNode()
                                .set("id", new YAMLMapper().createObjectNode().put("type", "string")));
        SchemaMatcher matcher = new SchemaMatcher(contract);
        matcher.match(Drifted.class, schema, Direction.ANSWER, "Drifted");
        assertThat(matcher.mismatches()).singleElement().asString().contains("[added, id]", "[id]");
    }

    private static void compare(
            List<String> mismatches,
            ResourceOperation op,
            String in,
            Set<String> read,
            Map<String, Set<String>> described) {
        Set<String> documented = described.getOrDefault(in, Set.of());
        if (!read.equals(documented)) {
            mismatches.add(op + ": reads " + in + " parameters " + read + " but the contract describes " + documented);
        }
    }

    /** The operation's parameters by location, {@code $ref}s to shared parameters resolved; header names in lower case. */
    private static Map<String, Set<String>> parameters(JsonNode operation) {
        Map<String, Set<String>> byLocation = new TreeMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = parameter;
            if (p.has("$ref")) {
                p = contract.path("components")
                        .path("parameters")
                        .path(p.get("$ref").asText().replace("#/components/parameters/", ""));
            }
            String in = p.path("in").asText();
            String name = in.equals("header")
                    ? p.path("name").asText().toLowerCase(Locale.ROOT)
                    : p.path("name").asText();
            byLocation.computeIfAbsent(in, k -> new TreeSet<>()).add(name);
        }
        return byLocation;
    }

    /** Method-level @PermitAll or @RolesAllowed wins over the class's, as Jakarta Security decides. */
    private static boolean requiresRole(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class)
                || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class);
    }

    /** The lowest 2xx answer of an operation. */
    private static JsonNode success(JsonNode operation) {
        Iterator<String> statuses = operation.path("responses").fieldNames();
        String lowest = null;
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (status.startsWith("2") && (lowest == null || status.compareTo(lowest) < 0)) {
                lowest = status;
            }
        }
        return lowest == null
                ? MissingNode.getInstance()
                : operation.path("responses").path(lowest);
    }

    private static JsonNode json(JsonNode bodyOrAnswer) {
        return bodyOrAnswer.path("content").path("application/json").path("schema");
    }

    /** A type JSON-B writes from its structure; a Response, a stream or plain text is described by hand. */
    private static boolean isWireType(Type type) {
        Class<?> raw = SchemaMatcher.rawClass(type);
        return raw != Response.class
                && raw != void.class
                && raw != String.class
                && raw != Object.class
                && !InputStream.class.isAssignableFrom(raw)
                && raw != byte[].class;
    }
}
