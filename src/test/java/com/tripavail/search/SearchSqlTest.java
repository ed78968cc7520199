package com.tripavail.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.platform.persistence.SqlText;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSqlTest {
    private static final String TSQ = "('lisbn' | 'lisbon')";

    private static SearchQuery plain() {
        SearchRequest r = new SearchRequest();
        r.q = "lisbn";
        return r.toQuery();
    }

    private static SearchQuery everything() {
        SearchRequest r = new SearchRequest();
        r.q = "lisbn";
        r.kind = "hotel";
        r.city = "Lisbon";
        r.country = "PT";
        r.minPrice = "100";
        r.maxPrice = "900";
        r.guests = "3";
        r.units = "2";
        r.checkIn = "2030-05-01";
        r.checkOut = "2030-05-04";
        r.limit = "5";
        return r.toQuery();
    }

    private static long placeholders(SqlText sql) {
        return sql.text().chars().filter(c -> c == '?').count();
    }

    @Test
    void everyPlaceholderHasItsValue() {
        SearchCursor after = new SearchCursor(new BigDecimal("1.5"), PackageKind.HOTEL, 42);
        for (SqlText sql : List.of(
                SearchSql.page(plain(), TSQ, null),
                SearchSql.page(everything(), TSQ, after),
                SearchSql.facets(plain(), TSQ),
                SearchSql.facets(everything(), TSQ),
                SearchSql.spellings(List.of("lisbn", "food")))) {
            assertThat(placeholders(sql)).as(sql.text()).isEqualTo(sql.params().size());
        }
    }

    @Test
    void aPlainSearchHasOnlyVisibilityAndTheTextQuery() {
        SqlText sql = SearchSql.page(plain(), TSQ, null);
        assertThat(sql.text())
                .contains("d.visible AND pv.status = 'APPROVED' AND (d.kind = 'TOUR' OR p.status = 'APPROVED')")
                .contains("d.document @@ to_tsquery('english', unaccent(?))")
                .doesNotContain("d.kind = ?")
                .doesNotContain("price_minor >=")
                .doesNotContain("hotel_nights")
                .doesNotContain("(score, kind, package_id) <")
                .endsWith("ORDER BY score DESC, kind DESC, package_id DESC LIMIT ?");
        assertThat(sql.params()).containsExactly(TSQ, "lisbn", "lisbn", TSQ, 21);
    }

    @Test
    void filtersAvailabilityAndTheCursorAreBound() {
        SearchQuery q = everything();
        SqlText sql = SearchSql.page(q, TSQ, new SearchCursor(new BigDecimal("1.5"), PackageKind.HOTEL, 42));
        assertThat(sql.text())
                .contains("AND d.kind = ?")
                .contains("lower(d.place) = lower(?)")
                .contains("d.country = ?")
                .contains("d.price_minor >= ?")
                .contains("d.price_minor <= ?")
                .contains("CASE WHEN d.kind = 'HOTEL' THEN d.capacity * ? ELSE d.capacity END >= ?")
                .contains("FROM hotel_nights n")
                .contains("FROM tour_departures t")
                .contains("WHERE (score, kind, package_id) < (?, ?, ?)");
        Date from = Date.valueOf("2030-05-01");
        Date to = Date.valueOf("2030-05-04");
        assertThat(sql.params())
                .containsExactly(
                        TSQ,
                        "lisbn",
                        "lisbn",
                        TSQ,
                        "HOTEL",
                        "Lisbon",
                        "PT",
                        100L,
                        900L,
                        2,
                        3,
                        3L,
                        from,
                        to,
                        2,
                        3L,
                        from,
                        to,
                        3,
                        new BigDecimal("1.5"),
                        "HOTEL",
                        42L,
                        6);
    }

    @Test
    void facetsCountEveryMatchWithTheSameFiltersButNoCursorOrLimit() {
        SqlText page = SearchSql.page(everything(), TSQ, null);
        SqlText facets = SearchSql.facets(everything(), TSQ);
        String pageWhere = page.text()
                .substring(
                        page.text().indexOf(" FROM search_documents"),
                        page.text().indexOf(") SELECT"));
        String facetWhere = facets.text()
                .substring(
                        facets.text().indexOf(" FROM search_documents"),
                        facets.text().indexOf(") SELECT"));
        assertThat(facetWhere).isEqualTo(pageWhere);
        assertThat(facets.text())
                .contains("GROUP BY GROUPING SETS ((kind), (country), (place), ())")
                .doesNotContain("LIMIT")
                .doesNotContain("score");
    }

    @Test
    void spellingsComeFromTheVocabularyThroughTheTrigramOperator() {
        SqlText sql = SearchSql.spellings(List.of("lisbn", "food"));
        assertThat(sql.text()).contains("FROM search_terms t").contains("t.term % lower(unaccent(w.word))");
        assertThat(sql.params()).containsExactly("lisbn food", SearchSql.MIN_SIMILARITY, SearchSql.SPELLINGS_PER_WORD);
    }
}
