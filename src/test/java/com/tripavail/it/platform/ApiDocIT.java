package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripavail.testenv.ApiMarkdown;
import com.tripavail.testenv.ApiMarkdown.Operation;
import com.tripavail.testenv.ServedOpenApi;
import com.tripavail.testenv.TripAvailServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/api.md, the HTTP contract in the repository, against the document the real server serves at
 * {@code /openapi}: every operation api.md names is served (the root ones, outside the document, answer
 * at all), every public {@code /v1} operation served is in api.md or in {@link #DOCUMENTED_ELSEWHERE}
 * (and that document names it), and every status api.md names for an operation, with the problem codes
 * it names, is in the operation's served answers. Each test lists all its differences at once.
 */
@ExtendWith(TripAvailServer.class)
class ApiDocIT {
    /**
     * Served {@code /v1} operations api.md does not list: the contract leaves extra endpoints to the
     * implementation (its first paragraph), and these are described in the capability's own document.
     */
    static final Map<String, String> DOCUMENTED_ELSEWHERE = Map.ofEntries(
            // the web pages' cookie mode of the identity use cases (api.md points there in prose)
            Map.entry("POST /v1/auth/session/register", "docs/web.md"),
            Map.entry("POST /v1/auth/session", "docs/web.md"),
            Map.entry("POST /v1/auth/session/refresh", "docs/web.md"),
            Map.entry("DELETE /v1/auth/session", "docs/web.md"),
            // administration beyond the contract's review and ledger reads
            Map.entry("POST /v1/admin/users", "docs/identity-and-edge-security.md"),
            Map.entry("PUT /v1/admin/users/{id}/role", "docs/identity-and-edge-security.md"),
            Map.entry("GET /v1/admin/audit", "docs/operations.md"),
            Map.entry("GET /v1/admin/backups", "docs/backups.md"),
            Map.entry("GET /v1/admin/properties", "docs/catalog.md"),
            Map.entry("GET /v1/admin/providers/{id}/documents", "docs/catalog.md"),
            Map.entry("GET /v1/admin/jobs", "docs/jobs.md"),
            Map.entry("GET /v1/admin/jobs/executions/{id}", "docs/jobs.md"),
            Map.entry("PUT /v1/admin/jobs/{job}", "docs/jobs.md"),
            Map.entry("POST /v1/admin/jobs/{job}/run", "docs/jobs.md"),
            Map.entry("GET /v1/admin/notifications", "docs/notifications.md"),
            Map.entry("POST /v1/admin/notifications/{id}/retry", "docs/notifications.md"),
            Map.entry("GET /v1/admin/payouts", "docs/booking-engine.md"),
            Map.entry("GET /v1/admin/payouts/{id}", "docs/booking-engine.md"),
            Map.entry("PUT /v1/admin/payouts/holds/{providerId}", "docs/booking-engine.md"),
            Map.entry("GET /v1/admin/search/index", "docs/search.md"),
            Map.entry("POST /v1/admin/search/reindex", "docs/search.md"),
            // the built-in test gateway's controls, never on in production
            Map.entry("GET /v1/admin/test-gateway/charges", "docs/payments.md"),
            Map.entry("POST /v1/admin/test-gateway/charges/{reference}/events", "docs/payments.md"),
            Map.entry("POST /v1/admin/test-gateway/charges/{reference}/outcome", "docs/payments.md"),
            // providers' own reads and verification documents, payout destination
            Map.entry("GET /v1/providers/me/properties", "docs/catalog.md"),
            Map.entry("GET /v1/providers/me/documents", "docs/catalog.md"),
            Map.entry("POST /v1/providers/me/documents", "docs/catalog.md"),
            Map.entry("GET /v1/providers/me/payout-destination", "docs/booking-engine.md"),
            Map.entry("PUT /v1/providers/me/payout-destination", "docs/booking-engine.md"),
            Map.entry("GET /v1/providers/me/payouts/{id}", "docs/booking-engine.md"),
            // catalog extras: drafts, galleries, availability, archiving
            Map.entry("GET /v1/hotel-packages/{id}/draft", "docs/catalog.md"),
            Map.entry("GET /v1/tour-packages/{id}/draft", "docs/catalog.md"),
            Map.entry("GET /v1/hotel-packages/{id}/availability", "docs/catalog.md"),
            Map.entry("POST /v1/hotel-packages/{id}/archive", "docs/catalog.md"),
            Map.entry("POST /v1/tour-packages/{id}/archive", "docs/catalog.md"),
            Map.entry("POST /v1/hotel-packages/{id}/images", "docs/catalog.md"),
            Map.entry("POST /v1/tour-packages/{id}/images", "docs/catalog.md"),
            Map.entry("POST /v1/providers/{id}/properties/{propertyId}/images", "docs/catalog.md"),
            // the upload flow behind POST /v1/uploads and the signed file URLs
            Map.entry("PUT /v1/uploads/{fileId}/content", "docs/catalog.md"),
            Map.entry("GET /v1/uploads/{fileId}", "docs/catalog.md"),
            Map.entry("GET /v1/files/{fileId}", "docs/catalog.md"));

    private static final List<ServedOperation> SERVED = new ArrayList<>();

    @BeforeAll
    static void readTheServedDocument() throws IOException {
        JsonNode document = new ObjectMapper().readTree(ServedOpenApi.json());
        SERVED.addAll(ServedOperation.all(document));
    }

    @Test
    void everyOperationApiMdNamesIsServed() {
        Set<String> sections = new TreeSet<>();
        ApiMarkdown.text().lines().filter(l -> l.startsWith("## ")).forEach(l -> sections.add(l.substring(3)));
        sections.remove("Conventions");
        assertThat(ApiMarkdown.operations().stream().map(Operation::section).collect(Collectors.toSet()))
                .as("sections of api.md whose operations were read (a table written another way reads as none)")
                .containsExactlyInAnyOrderElementsOf(sections);
        List<String> missing = new ArrayList<>();
        for (Operation op : ApiMarkdown.operations()) {
            if (!op.path().startsWith("/v1/")) {
                int status = given().redirects().follow(false).get(op.path()).statusCode();
                if (status == 404 || status == 405) {
                    missing.add(op.key() + " (root endpoint answered " + status + ")");
                }
            } else if (served(op.verb(), op.path()).isEmpty()) {
                missing.add(op.key() + " (" + op.section() + ")");
            }
        }
        assertThat(missing)
                .as("operations docs/api.md names that the server does not serve")
                .isEmpty();
    }

    @Test
    void everyServedV1OperationIsInApiMdOrDocumentedElsewhere() {
        List<Operation> documented = ApiMarkdown.operations();
        Set<String> undocumented = new TreeSet<>();
        Set<String> allowed = new TreeSet<>();
        for (ServedOperation served : SERVED) {
            for (String path : served.concretePaths()) {
                String key = served.verb() + " " + path;
                boolean inApiMd = documented.stream()
                        .anyMatch(op -> op.verb().equals(served.verb()) && ServedOperation.samePath(op.path(), path));
                if (DOCUMENTED_ELSEWHERE.containsKey(key)) {
                    allowed.add(key);
                    assertThat(inApiMd)
                            .as("%s is in api.md now: drop it from DOCUMENTED_ELSEWHERE", key)
                            .isFalse();
                } else if (!inApiMd) {
                    undocumented.add(key);
                }
            }
        }
        assertThat(undocumented)
                .as("/v1 operations served but neither in docs/api.md nor in DOCUMENTED_ELSEWHERE")
                .isEmpty();
        Set<String> stale = new TreeSet<>(DOCUMENTED_ELSEWHERE.keySet());
        stale.removeAll(allowed);
        assertThat(stale)
                .as("DOCUMENTED_ELSEWHERE names operations the server does not serve")
                .isEmpty();
        List<String> unnamed = new ArrayList<>();
        DOCUMENTED_ELSEWHERE.forEach((key, doc) -> {
            if (!ServedOperation.mentions(ApiMarkdown.read(doc), key.substring(key.indexOf(' ') + 1))) {
                unnamed.add(key + " is not named in " + doc);
            }
        });
        assertThat(unnamed)
                .as("allow-listed operations their document does not name")
                .isEmpty();
    }

    @Test
    void everyStatusApiMdNamesIsInTheServedAnswers() {
        List<String> differences = new ArrayList<>();
        for (Operation op : ApiMarkdown.operations()) {
            if (op.path().startsWith("/v1/")) {
                differences.addAll(compare(op.key(), op.codes()));
            }
        }
        for (ProseRule rule : ProseRule.RULES) {
            assertThat(ApiMarkdown.text().replaceAll("\\s+", " "))
                    .as("api.md no longer says this: revisit ProseRule.RULES")
                    .contains(rule.sentence());
            for (Operation op : ApiMarkdown.operations()) {
                if (op.path().startsWith("/v1/") && rule.appliesTo().test(op)) {
                    differences.addAll(compare(op.key(), ApiMarkdown.statuses(rule.sentence())));
                }
            }
        }
        assertThat(differences)
                .as("statuses and codes docs/api.md names that the served document does not")
                .isEmpty();
    }

    private static List<String> compare(String key, Map<String, Set<String>> named) {
        String verb = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1);
        List<String> differences = new ArrayList<>();
        for (ServedOperation served : served(verb, path)) {
            named.forEach((status, codes) -> {
                String description = served.describe(status);
                if (description == null) {
                    differences.add(key + ": no " + status + " answer");
                } else {
                    codes.stream()
                            .filter(code -> !description.contains(code))
                            .forEach(code -> differences.add(key + ": " + status + " does not name " + code));
                }
            });
        }
        return differences;
    }

    private static List<ServedOperation> served(String verb, String path) {
        return SERVED.stream().filter(s -> s.matches(verb, path)).toList();
    }
}
