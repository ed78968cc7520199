package com.tripavail.it.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what: every operation of the OpenAPI document, called by an anonymous client, a
 * traveler, a provider and an administrator. A role the endpoint does not admit gets 401 (no token)
 * or 403 with the role codes; an admitted role gets past authorization (whatever the business answer
 * for made-up ids is), and nobody ever gets a 5xx. The table must name every operation the server
 * publishes, so a new endpoint cannot ship without deciding who may call it.
 */
@ExtendWith(TripAvailServer.class)
class AuthorizationMatrixIT {
    private static final String ANYONE = "anyone";

    /** METHOD path (as OpenAPI prints it) -> who is admitted: anyone, or any of T(raveler), P(rovider), A(dmin). */
    private static final String RULES = """
            POST   /v1/auth/register                            anyone
            POST   /v1/auth/login                               anyone
            POST   /v1/auth/refresh                             anyone
            POST   /v1/auth/logout                              T P A
            POST   /v1/auth/session                             anyone
            POST   /v1/auth/session/register                    anyone
            POST   /v1/auth/session/refresh                     anyone
            DELETE /v1/auth/session                             T P A
            GET    /v1/me                                       T P A
            GET    /v1/version                                  anyone
            POST   /v1/admin/users                              A
            PUT    /v1/admin/users/{id}/role                    A
            GET    /v1/admin/audit                              A
            GET    /v1/admin/providers                          A
            GET    /v1/admin/providers/{id}/documents           A
            POST   /v1/admin/providers/{id}/approve             A
            POST   /v1/admin/providers/{id}/reject              A
            POST   /v1/admin/providers/{id}/suspend             A
            GET    /v1/admin/properties                         A
            POST   /v1/admin/properties/{id}/approve            A
            POST   /v1/admin/properties/{id}/reject             A
            GET    /v1/admin/jobs                               A
            GET    /v1/admin/backups                            A
            PUT    /v1/admin/jobs/{job}                         A
            POST   /v1/admin/jobs/{job}/run                     A
            GET    /v1/admin/jobs/executions/{id}               A
            GET    /v1/admin/notifications                      A
            POST   /v1/admin/notifications/{id}/retry           A
            GET    /v1/admin/webhook-events                     A
            POST   /v1/admin/webhook-events/{id}/replay         A
            GET    /v1/admin/test-gateway/charges               A
            POST   /v1/admin/test-gateway/charges/{reference}/outcome A
            POST   /v1/admin/test-gateway/charges/{reference}/events  A
            GET    /v1/admin/ledger                             A
            POST   /v1/admin/search/reindex                     A
            GET    /v1/admin/search/index                       A
            GET    /v1/search                                   anyone
            GET    /v1/admin/payouts                            A
            GET    /v1/admin/payouts/{id}                       A
            PUT    /v1/admin/payouts/holds/{providerId}         A
            POST   /v1/providers                                P
            GET    /v1/providers/me                             P
            GET    /v1/providers/me/properties                  P
            POST   /v1/providers/{id}/properties                P
            POST   /v1/providers/{id}/properties/{propertyId}/images  P
            POST   /v1/providers/me/documents                   P
            GET    /v1/providers/me/documents                   P
            GET    /v1/providers/me/balance                     P
            GET    /v1/providers/me/payouts                     P
            GET    /v1/providers/me/payouts/{id}                P
            GET    /v1/providers/me/payout-destination          P
            PUT    /v1/providers/me/payout-destination          P
            GET    /v1/hotel-packages                           anyone
            POST   /v1/hotel-packages                           P
            GET    /v1/hotel-packages/{id}                      anyone
            PATCH  /v1/hotel-packages/{id}                      P
            GET    /v1/hotel-packages/{id}/availability         anyone
            GET    /v1/hotel-packages/{id}/draft                P
            POST   /v1/hotel-packages/{id}/images               P
            POST   /v1/hotel-packages/{id}/{action}             P
            PUT    /v1/hotel-packages/{id}/inventory            P
            GET    /v1/tour-packages                            anyone
            POST   /v1/tour-packages                            P
            GET    /v1/tour-packages/{id}                       anyone
            PATCH  /v1/tour-packages/{id}                       P
            GET    /v1/tour-packages/{id}/draft                 P
            POST   /v1/tour-packages/{id}/images                P
            POST   /v1/tour-packages/{id}/{action}              P
            POST   /v1/tour-packages/{id}/departures            P
            POST   /v1/uploads                                  T P A
            PUT    /v1/uploads/{fileId}/content                 anyone
            GET    /v1/uploads/{fileId}                         T P A
            GET    /v1/files/{fileId}                           anyone
            POST   /v1/bookings/quote                           T
            POST   /v1/bookings/{id}/hold                       T
            POST   /v1/bookings/{id}/confirm                    T
            POST   /v1/bookings/{id}/cancel                     T A
            GET    /v1/bookings/{id}                            T P A
            GET    /v1/bookings/{id}/events                     T P A
            GET    /v1/bookings                                 T P A
            POST   /v1/payments/webhooks/{gateway}              anyone
            """;

    private static final Map<String, Accounts.Session> SESSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void signIn() {
        SESSIONS.put("T", Accounts.traveler());
        SESSIONS.put("P", Accounts.providerAccount());
        SESSIONS.put("A", Accounts.admin());
    }

    private record Rule(String method, String path, Set<String> admitted) {
        boolean admits(String role) {
            return admitted.contains(ANYONE) || admitted.contains(role);
        }
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String line : RULES.strip().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            rules.add(new Rule(parts[0], parts[1], Set.of(java.util.Arrays.copyOfRange(parts, 2, parts.length))));
        }
        return rules;
    }

    @Test
    void theTableNamesEveryPublishedOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> published.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        Set<String> inTable = new TreeSet<>();
        rules().forEach(r -> inTable.add(r.method() + " " + r.path()));
        assertThat(inTable).isEqualTo(published);
    }

    /** The document says the same as the table: public operations {@code security: []}, the rest bearer, 403 only where a role is refused. */
    @Test
    void theDocumentSaysWhoMayCall() {
        var document = given().accept("application/json")
                .get("/openapi")
                .then()
                .extract()
                .jsonPath();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            String operation = "paths.'" + rule.path() + "'." + rule.method().toLowerCase(java.util.Locale.ROOT);
            List<Map<String, Object>> security = document.getList(operation + ".security");
            boolean documentedPublic = security != null && security.isEmpty();
            boolean documentedBearer =
                    security != null && security.size() == 1 && security.get(0).containsKey("bearer");
            boolean isPublic = rule.admitted().contains(ANYONE);
            if (isPublic ? !documentedPublic : !documentedBearer) {
                wrong.add(rule.method() + " " + rule.path() + " security " + security);
            }
            boolean refusesARole = !isPublic && !rule.admitted().containsAll(Set.of("T", "P", "A"));
            boolean documents403 = document.getMap(operation + ".responses").containsKey("403");
            if (refusesARole && !documents403) {
                wrong.add(rule.method() + " " + rule.path() + " refuses a role but documents no 403");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRoleGetsExactlyTheAnswerItsAdmissionAllows() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            for (String role : List.of("anonymous", "T", "P", "A")) {
                Response response = call(rule, role);
                int status = response.statusCode();
                String code = status >= 400 && response.contentType().contains("json")
                        ? response.jsonPath().getString("code")
                        : null;
                boolean roleDenied =
                        (status == 401 && "unauthorized".equals(code)) || (status == 403 && "forbidden".equals(code));
                String expected;
                if (rule.admits(role)) {
                    expected = roleDenied || status >= 500 ? "past authorization, no 5xx" : null;
                } else if ("anonymous".equals(role)) {
                    expected = status == 401 && "unauthorized".equals(code) ? null : "401 unauthorized";
                } else {
                    expected = status == 403 && "forbidden".equals(code) ? null : "403 forbidden";
                }
                if (expected != null) {
                    wrong.add(rule.method() + " " + rule.path() + " as " + role + ": expected " + expected + ", got "
                            + status + " " + code);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Response call(Rule rule, String role) {
        String path = rule.path()
                .replace("{id}", idFor(rule.path()))
                .replace("{job}", "no-such-job")
                .replace("{action}", "publish")
                .replace("{gateway}", "test")
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString()); // fileId, propertyId, providerId
        RequestSpecification request =
                "anonymous".equals(role) ? given() : SESSIONS.get(role).as();
        request =
                request.header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", "\"0\"");
        if (!"GET".equals(rule.method())) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(rule.method(), path);
    }

    private static String idFor(String path) {
        return path.startsWith("/v1/admin/jobs/executions/")
                ? "987654321"
                : UUID.randomUUID().toString();
    }
}
