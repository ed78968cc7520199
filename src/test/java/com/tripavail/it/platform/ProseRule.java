package com.tripavail.it.platform;

import com.tripavail.testenv.ApiMarkdown.Operation;
import java.util.List;
import java.util.function.Predicate;

/**
 * A status docs/api.md names in prose rather than in an operation's row, with the operations the sentence
 * is about. ApiDocIT checks the sentence is still in api.md word for word, so an edit there makes someone
 * revisit the rule.
 */
record ProseRule(String sentence, Predicate<Operation> appliesTo) {
    private static final Predicate<Operation> BOOKING_TRANSITIONS =
            op -> op.verb().equals("POST") && op.path().matches("/v1/bookings/\\{id}/(hold|confirm|cancel)");

    static final List<ProseRule> RULES = List.of(
            new ProseRule("over the limit → `429` with `Retry-After`", op -> true),
            new ProseRule(
                    "`PUT`/`PATCH` honour `If-Match` (`412` on mismatch)",
                    op -> op.verb().matches("PUT|PATCH") && op.path().matches("/v1/(hotel|tour)-packages/.*")),
            new ProseRule(
                    "otherwise `403` code `provider_not_approved` / `property_not_approved`",
                    op -> op.path().equals("/v1/hotel-packages/{id}/publish")),
            new ProseRule(
                    "`403` code `provider_not_approved`", op -> op.path().equals("/v1/tour-packages/{id}/publish")),
            new ProseRule("anything else is `409` code `invalid_transition`", BOOKING_TRANSITIONS),
            new ProseRule("Same key + different body → `422` code `idempotency_key_reused`", BOOKING_TRANSITIONS),
            new ProseRule(
                    "Same key while the first request is still running → `409` code `idempotency_in_progress`",
                    BOOKING_TRANSITIONS));
}
