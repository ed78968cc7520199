package com.tripavail.search;

import com.tripavail.catalog.Money;
import com.tripavail.platform.persistence.ReadDatabase;
import com.tripavail.platform.persistence.SqlText;
import com.tripavail.search.SearchDtos.Facets;
import com.tripavail.search.SearchDtos.PriceRange;
import com.tripavail.search.SearchDtos.SearchHit;
import com.tripavail.search.SearchDtos.SearchPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a search with three statements whatever the page size (close spellings, the page, the
 * facets), all through {@link ReadDatabase}: a replica when one is configured.
 */
@ApplicationScoped
public class SearchService {
    private static final int GROUP_KIND = 3;
    private static final int GROUP_COUNTRY = 5;
    private static final int GROUP_PLACE = 6;
    private static final int GROUP_ALL = 7;

    @Inject
    ReadDatabase reads;

    public SearchPage search(SearchQuery q) {
        SearchCursor after = SearchCursor.decode(q.cursor(), q.fingerprint());
        String tsQuery = SearchText.tsQuery(q.words(), spellings(q));
        List<Object[]> rows = run(SearchSql.page(q, tsQuery, after));
        boolean more = rows.size() > q.limit();
        List<Object[]> shown = more ? rows.subList(0, q.limit()) : rows;
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = new SearchCursor(
                            (BigDecimal) last[14],
                            PackageKind.valueOf((String) last[0]),
                            ((Number) last[1]).longValue())
                    .encode(q.fingerprint());
        }
        return new SearchPage(
                shown.stream().map(SearchService::hit).toList(), next, facets(run(SearchSql.facets(q, tsQuery))));
    }

    /** Close spellings from the vocabulary for each word long enough to have them. */
    private Map<String, List<String>> spellings(SearchQuery q) {
        List<String> fuzzy = SearchText.fuzzyWords(q.words());
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        if (!fuzzy.isEmpty()) {
            for (Object[] r : run(SearchSql.spellings(fuzzy))) {
                spellings.computeIfAbsent((String) r[0], w -> new ArrayList<>()).add((String) r[1]);
            }
        }
        return spellings;
    }

    private List<Object[]> run(SqlText sql) {
        return reads.rows(sql.text(), sql.params());
    }

    private static SearchHit hit(Object[] r) {
        boolean hotel = PackageKind.HOTEL.name().equals(r[0]);
        return new SearchHit(
                PackageKind.valueOf((String) r[0]).wire(),
                r[2].toString(),
                r[3].toString(),
                (String) r[4],
                (String) r[5],
                hotel ? (String) r[6] : null,
                hotel ? null : (String) r[6],
                (String) r[7],
                (String) r[8],
                new Money(((Number) r[9]).longValue(), (String) r[10]),
                hotel ? "night" : "person",
                hotel ? integer(r[12]) : null,
                hotel ? null : integer(r[13]),
                hotel ? integer(r[11]) : null,
                hotel ? null : integer(r[11]),
                (BigDecimal) r[14]);
    }

    static Facets facets(List<Object[]> rows) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (PackageKind k : PackageKind.values()) {
            kinds.put(k.wire(), 0L);
        }
        Map<String, Long> countries = new LinkedHashMap<>();
        Map<String, Long> places = new LinkedHashMap<>();
        PriceRange range = null;
        for (Object[] r : sortedByCount(rows)) {
            long count = ((Number) r[4]).longValue();
            switch (((Number) r[0]).intValue()) {
                case GROUP_KIND -> kinds.put(PackageKind.valueOf((String) r[1]).wire(), count);
                case GROUP_COUNTRY -> countries.put(((String) r[2]).trim(), count);
                case GROUP_PLACE -> {
                    if (places.size() < SearchSql.CITY_FACET_SIZE) {
                        places.put((String) r[3], count);
                    }
                }
                case GROUP_ALL ->
                    range = count == 0
                            ? null
                            : new PriceRange(
                                    ((Number) r[5]).longValue(),
                                    ((Number) r[6]).longValue(),
                                    r[7].equals(r[8]) ? ((String) r[7]).trim() : null);
                default -> throw new IllegalStateException("unexpected facet grouping " + r[0]);
            }
        }
        return new Facets(kinds, countries, places, range);
    }

    /** Most frequent first, then by name, so facet order is stable. */
    private static List<Object[]> sortedByCount(List<Object[]> rows) {
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            int byCount = Long.compare(((Number) b[4]).longValue(), ((Number) a[4]).longValue());
            return byCount != 0
                    ? byCount
                    : String.valueOf(a[2] != null ? a[2] : a[3]).compareTo(String.valueOf(b[2] != null ? b[2] : b[3]));
        });
        return sorted;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
