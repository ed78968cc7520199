package com.tripavail.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Native SQL respects the capabilities' boundaries like the imports do (ArchitectureTest): a
 * capability's SQL names its own tables, and another capability's only where that one publishes
 * them as a read model to capabilities above it in the order. Anything else goes through the
 * owner's Java API, an event, or an outbox payload.
 */
class SqlBoundariesTest {
    /** Every table, by the capability that owns it (writes it, migrates it). */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("users", "identity"),
            Map.entry("refresh_tokens", "identity"),
            Map.entry("audit_log", "audit"),
            Map.entry("providers", "provider"),
            Map.entry("properties", "provider"),
            Map.entry("provider_documents", "provider"),
            Map.entry("uploads", "media"),
            Map.entry("gallery_images", "media"),
            Map.entry("hotel_nights", "inventory"),
            Map.entry("tour_departures", "inventory"),
            Map.entry("hotel_packages", "catalog"),
            Map.entry("tour_packages", "catalog"),
            Map.entry("search_documents", "search"),
            Map.entry("search_index_queue", "search"),
            Map.entry("search_terms", "search"),
            Map.entry("notification_outbox", "notification"),
            Map.entry("payments", "payment"),
            Map.entry("webhook_events", "payment"),
            Map.entry("test_gateway_charges", "payment"),
            Map.entry("test_gateway_events", "payment"),
            Map.entry("journals", "ledger"),
            Map.entry("journal_entries", "ledger"),
            Map.entry("payouts", "ledger"),
            Map.entry("payout_items", "ledger"),
            Map.entry("payout_accounts", "ledger"),
            Map.entry("settled_bookings", "ledger"),
            Map.entry("bookings", "booking"),
            Map.entry("booking_events", "booking"),
            Map.entry("idempotency_responses", "platform"),
            Map.entry("job_runs", "platform"),
            Map.entry("job_switches", "platform"),
            Map.entry("backups", "ops"),
            Map.entry("restore_drills", "ops"));

    /**
     * Read models a capability publishes (read-only, for the listing and search queries that must
     * join them in one statement): approval state of providers and properties, availability of
     * nights and departures, the published packages.
     */
    static final Set<String> PUBLISHED =
            Set.of("providers", "properties", "hotel_nights", "tour_departures", "hotel_packages", "tour_packages");

    /**
     * Classes allowed to read across for one release only (expand, then contract): rows written by
     * the previous release are read the way it read them.
     */
    static final Set<String> TRANSITIONAL = Set.of("notification/LegacyOutboxFacts.java");

    private static final Path ROOT = Path.of("src/main/java/com/tripavail");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");
    private static final Pattern TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void nativeSqlNamesOnlyItsOwnTablesOrPublishedReadModelsBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = ROOT.relativize(file).toString();
                String capability = relative.split("/")[0];
                if (TRANSITIONAL.contains(relative)) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    Matcher table = TABLE.matcher(literal.group(1));
                    while (table.find()) {
                        String owner = OWNER.get(table.group(1));
                        if (owner == null || owner.equals(capability)) {
                            continue;
                        }
                        seen.add(relative + " -> " + table.group(1));
                        boolean below =
                                ArchitectureTest.ORDER.indexOf(owner) > ArchitectureTest.ORDER.indexOf(capability);
                        if (!below || !PUBLISHED.contains(table.group(1))) {
                            violations.add(relative + " names " + owner + "'s table " + table.group(1));
                        }
                    }
                }
            }
        }
        assertThat(seen).as("the scan sees the published read models in use").isNotEmpty();
        assertThat(violations).isEmpty();
    }
}
