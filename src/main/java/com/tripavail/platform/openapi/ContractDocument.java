package com.tripavail.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Completes the served OpenAPI document with what is true of every operation, so the resources
 * only annotate what is their own (success answer, operation-specific errors, security): the error
 * answers the platform gives anywhere (400, 401, 429, 500, 503, and 413/415 with a body), each as
 * problem+json; the request-id and rate-limit headers on every answer; an explicit {@code security: []}
 * on public operations; and {@code servers} from configuration ({@code APP_BASE_URL}), never from the
 * request's Host header. Shared schemas, headers and answers live in META-INF/openapi.yaml.
 */
public class ContractDocument implements OASFilter {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";
    public static final String ITEM_MAX_LENGTH = "x-item-max-length";

    /** Secured operations every role may call: a 403 by role cannot happen there. */
    private static final Set<String> OPEN_TO_EVERY_ROLE = Set.of(
            "logout", "getMe", "openUpload", "describeUpload", "getBooking", "listBookingEvents", "listBookings");

    /** Operations that never reach the database, so a database outage cannot make them 503. */
    private static final Set<String> WITHOUT_DATABASE = Set.of("getVersion");

    /** Answers carrying personal data (Cache-Control: no-store). */
    private static final List<String> PERSONAL = List.of("/v1/me", "/v1/bookings", "/v1/providers", "/v1/uploads");

    private final Config config = ConfigProvider.getConfig();
    private Map<String, Parameter> sharedParameters = Map.of();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String port = config.getOptionalValue("PORT", String.class).orElse("4100");
        // the address clients use; never the request's Host header
        String base = config.getOptionalValue("PUBLIC_BASE_URL", String.class)
                .filter(s -> !s.isBlank())
                .or(() -> config.getOptionalValue("APP_BASE_URL", String.class).filter(s -> !s.isBlank()))
                .orElse("http://localhost:" + port); // as PublicBaseUrl: one address for every absolute URL
        String environment = config.getOptionalValue("APP_ENV", String.class).orElse("development");
        Server server = OASFactory.createServer()
                .url(base.replaceAll("/+$", ""))
                // named in the terms API inventories use (OWASP API9): local, staging, production
                .description(("development".equals(environment) ? "local development" : environment)
                        + ": this deployment (PUBLIC_BASE_URL)")
                .addExtension("x-internal", false);
        api.setServers(new ArrayList<>(List.of(server)));
        if (api.getComponents() != null && api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().forEach(this::completeError);
        }
        if (api.getComponents() != null && api.getComponents().getParameters() != null) {
            sharedParameters = api.getComponents().getParameters();
        }
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach(this::complete);
        }
    }

    private void complete(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> complete(path, method, operation));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>()); // public, said explicitly
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        String id = operation.getOperationId();
        preferSharedParameters(operation);
        addIfAbsent(responses, "400", "BadRequest");
        addIfAbsent(responses, "401", "Unauthorized");
        if (secured && (id == null || !OPEN_TO_EVERY_ROLE.contains(id))) {
            addIfAbsent(responses, "403", "Forbidden");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "PayloadTooLarge");
            addIfAbsent(responses, "415", "UnsupportedMediaType");
        }
        if (method == PathItem.HttpMethod.POST && secured) {
            addIfAbsent(responses, "409", "Conflict");
            addIfAbsent(responses, "422", "UnprocessableContent");
            if (!hasParameter(operation, "Idempotency-Key")) { // accepted on every authenticated POST
                operation.addParameter(OASFactory.createParameter().ref("IdempotencyKey"));
            }
        }
        addIfAbsent(responses, "429", "TooManyRequests");
        addIfAbsent(responses, "500", "InternalError");
        if (id == null || !WITHOUT_DATABASE.contains(id)) {
            addIfAbsent(responses, "503", "ServiceUnavailable");
        }
        boolean personal = PERSONAL.stream().anyMatch(path::startsWith);
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                completeError(status, response);
            } else {
                addCommonHeaders(response);
                if (personal) {
                    response.addHeader("Cache-Control", header("Cache-Control"));
                }
            }
        });
    }

    /** An error answer: problem+json content unless the annotation gave one, and the common headers. */
    private void completeError(String name, APIResponse response) {
        if (response.getContent() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            Schema problem = OASFactory.createSchema().ref(PROBLEM);
            Content content = OASFactory.createContent()
                    .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(problem));
            response.setContent(content);
        }
        addCommonHeaders(response);
        if (name.equals("429")
                || name.equals("TooManyRequests")
                || name.equals("503")
                || name.equals("ServiceUnavailable")) {
            response.addHeader("Retry-After", header("Retry-After"));
        }
    }

    private void addCommonHeaders(APIResponse response) {
        String requestId =
                config.getOptionalValue("REQUEST_ID_HEADER", String.class).orElse("X-Request-Id");
        response.addHeader(requestId, header("X-Request-Id"));
        for (String name :
                List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin")) {
            response.addHeader(name, header(name));
        }
    }

    /**
     * SmallRye does not read Bean Validation on list elements ({@code List<@Size(max = 100) String>}):
     * such a list declares the bound with the extension {@value #ITEM_MAX_LENGTH}, moved here onto its items.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        Object max =
                schema.getExtensions() == null ? null : schema.getExtensions().get(ITEM_MAX_LENGTH);
        if (max != null && schema.getItems() != null) {
            schema.getItems().minLength(1).maxLength(Integer.valueOf(max.toString()));
            schema.removeExtension(ITEM_MAX_LENGTH);
        }
        return schema;
    }

    private static Header header(String component) {
        return OASFactory.createHeader().ref(component);
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static boolean hasParameter(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter p : operation.getParameters()) {
            if (name.equalsIgnoreCase(p.getName())
                    || (p.getRef() != null && p.getRef().endsWith("IdempotencyKey"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A shared parameter ({@code @Parameter(ref = ...)}) replaces the inline one JAX-RS's
     * {@code @HeaderParam} of the same name produced, so no operation lists a header twice.
     */
    private void preferSharedParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        Set<String> shared = new java.util.HashSet<>();
        for (Parameter p : operation.getParameters()) {
            Parameter component = p.getRef() == null
                    ? null
                    : sharedParameters.get(p.getRef().substring(p.getRef().lastIndexOf('/') + 1));
            if (component != null) {
                shared.add(component.getName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        operation.getParameters().stream()
                .filter(p -> p.getRef() == null
                        && p.getName() != null
                        && shared.contains(p.getName().toLowerCase(java.util.Locale.ROOT)))
                .toList()
                .forEach(operation::removeParameter);
    }
}
