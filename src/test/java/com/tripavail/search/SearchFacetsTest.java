package com.tripavail.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.search.SearchDtos.Facets;
import com.tripavail.search.SearchDtos.PriceRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFacetsTest {

    private static Object[] row(
            int grouping,
            String kind,
            String country,
            String place,
            long count,
            Long min,
            Long max,
            String minCurrency,
            String maxCurrency) {
        return new Object[] {grouping, kind, country, place, count, min, max, minCurrency, maxCurrency};
    }

    @Test
    void groupingSetsBecomeTheFacets() {
        Facets f = SearchService.facets(List.of(
                row(7, null, null, null, 5, 4500L, 34900L, "EUR", "EUR"),
                row(3, "TOUR", null, null, 2, 4500L, 34900L, "EUR", "EUR"),
                row(3, "HOTEL", null, null, 3, 7900L, 21900L, "EUR", "EUR"),
                row(5, null, "PT", null, 5, 4500L, 34900L, "EUR", "EUR"),
                row(6, null, null, "Porto", 1, 34900L, 34900L, "EUR", "EUR"),
                row(6, null, null, "Lisbon", 4, 4500L, 21900L, "EUR", "EUR")));
        assertThat(f.kind()).containsExactly(java.util.Map.entry("hotel", 3L), java.util.Map.entry("tour", 2L));
        assertThat(f.country()).containsExactly(java.util.Map.entry("PT", 5L));
        assertThat(f.city()).containsExactly(java.util.Map.entry("Lisbon", 4L), java.util.Map.entry("Porto", 1L));
        assertThat(f.priceRange()).isEqualTo(new PriceRange(4500, 34900, "EUR"));
    }

    @Test
    void noMatchesGiveZeroKindsAndNoPriceRange() {
        Facets f = SearchService.facets(List.<Object[]>of(row(7, null, null, null, 0, null, null, null, null)));
        assertThat(f.kind()).containsEntry("hotel", 0L).containsEntry("tour", 0L);
        assertThat(f.country()).isEmpty();
        assertThat(f.city()).isEmpty();
        assertThat(f.priceRange()).isNull();
    }

    @Test
    void mixedCurrenciesHaveNoCurrencyAndTheCityFacetIsCapped() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(7, null, null, null, 30, 100L, 900L, "EUR", "USD"));
        for (int i = 0; i < 30; i++) {
            rows.add(row(6, null, null, "Place " + (char) ('A' + i), 1, 100L, 100L, "EUR", "EUR"));
        }
        Facets f = SearchService.facets(rows);
        assertThat(f.priceRange()).isEqualTo(new PriceRange(100, 900, null));
        assertThat(f.city()).hasSize(SearchSql.CITY_FACET_SIZE).containsKey("Place A");
    }
}
