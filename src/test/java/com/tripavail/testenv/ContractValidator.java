package com.tripavail.testenv;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A REST Assured filter that checks every exchange against the served OpenAPI document and keeps
 * every violation (an undocumented status or content type, a missing required or an undocumented
 * field, a null where the document does not allow one, a missing documented header), so one run
 * reports them all. Object schemas are closed ({@code additionalProperties: false}) for the check:
 * a field the server sends but the document does not name is a violation too.
 */
public final class ContractValidator implements Filter {
    private final OpenApiInteractionValidator validator;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> exercised = new TreeSet<>();
    private final ThreadLocal<Boolean> deliberatelyInvalid = ThreadLocal.withInitial(() -> false);

    public ContractValidator(String documentJson) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(closed(documentJson))
                .build();
    }

    /** Runs a call whose request breaks the contract on purpose (a 400/401/415 case): only its answer is checked. */
    public <T> T invalidRequest(Supplier<T> call) {
        deliberatelyInvalid.set(true);
        try {
            return call.get();
        } finally {
            deliberatelyInvalid.set(false);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext ctx) {
        Response response = ctx.next(request, spec);
        Request exchange = RestAssuredRequest.of(request);
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer) {
            exchange = withBearer(exchange, bearer.getAccessToken()); // REST Assured adds it only on the wire
        }
        ValidationReport report = deliberatelyInvalid.get()
                ? validator.validateResponse(exchange.getPath(), exchange.getMethod(), RestAssuredResponse.of(response))
                : validator.validate(exchange, RestAssuredResponse.of(response));
        String call = request.getMethod() + " " + exchange.getPath() + " -> " + response.statusCode();
        exercised.add(request.getMethod() + " " + response.statusCode());
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(call + ": [" + m.getKey() + "] " + m.getMessage()));
        return response;
    }

    private static Request withBearer(Request request, String token) {
        var copy =
                new SimpleRequest.Builder(request.getMethod(), request.getPath()).withAuthorization("Bearer " + token);
        request.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
        request.getQueryParameters()
                .forEach(name -> copy.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name))));
        request.getRequestBody().ifPresent(copy::withBody);
        return copy.build();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The method and status pairs seen, for the report. */
    public Set<String> exercised() {
        return Set.copyOf(exercised);
    }

    private static String closed(String documentJson) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode document = mapper.readTree(documentJson);
            JsonNode schemas = document.path("components").path("schemas");
            schemas.forEach(ContractValidator::close);
            return mapper.writeValueAsString(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The served OpenAPI document is not JSON", e);
        }
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        schema.path("properties").forEach(ContractValidator::close);
        if (schema.path("items").isObject()) {
            close(schema.path("items"));
        }
    }
}
