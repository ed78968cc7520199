package com.tripavail.search;

import com.tripavail.catalog.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What search answers on the wire. */
public final class SearchDtos {
    private SearchDtos() {}

    /**
     * One result. Hotels carry {@code city}, {@code propertyName}, {@code nights} (minimum stay) and
     * {@code maxGuests} (per room), priced per room and night; tours carry {@code destination},
     * {@code durationDays} and {@code maxGroupSize}, priced per person. {@code score} orders the
     * results: a match of every word as typed outranks one through close spellings.
     */
    public record SearchHit(
            String kind,
            String id,
            String providerId,
            String title,
            String description,
            String city,
            String destination,
            String propertyName,
            String country,
            Money price,
            String priceUnit,
            Integer nights,
            Integer durationDays,
            Integer maxGuests,
            Integer maxGroupSize,
            BigDecimal score) {}

    /** Lowest and highest price of the matches, in minor units; {@code currency} only when they all share one. */
    public record PriceRange(long min, long max, String currency) {}

    /**
     * Counts over every match of the search with all its filters (not just the page): by kind (both
     * always present), by country and by city or destination (most frequent first, at most 20).
     */
    public record Facets(
            Map<String, Long> kind,
            Map<String, Long> country,
            Map<String, Long> city,

            @JsonbNillable PriceRange priceRange) {}

    public record SearchPage(
            List<SearchHit> data, @JsonbNillable String nextCursor, Facets facets) {}

    /** The index as administrators see it. */
    public record IndexStatus(
            long documents,
            long visibleDocuments,
            long queued,
            long dead,

            @JsonbNillable Instant oldestQueuedAt,

            long lagSeconds,
            long maxLagSeconds,
            boolean indexingEnabled,
            boolean ready) {}

    /** A requested full rebuild: queue rows added and the indexing job execution started. */
    public record Reindex(int enqueued, long executionId) {}
}
