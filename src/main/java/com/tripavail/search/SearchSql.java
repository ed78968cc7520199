package com.tripavail.search;

import com.tripavail.platform.persistence.SqlText;
import java.sql.Date;
import java.util.List;

/**
 * The three statements of a search, whatever the page size: close spellings of the words from the
 * vocabulary, the page, and the facets. Pure text building, unit tested; the matching rows are
 * defined once ({@link #matches}) and shared by the page and the facets, so their counts agree.
 */
final class SearchSql {
    /** Text search configuration of the documents and the queries; they must be the same. */
    static final String CONFIG = "'english'";
    /** Trigram similarity a vocabulary word needs to count as a spelling of a search word. */
    static final double MIN_SIMILARITY = 0.35;

    static final int SPELLINGS_PER_WORD = 3;
    /** Facet entries of the city facet (the most frequent first). */
    static final int CITY_FACET_SIZE = 20;

    private SearchSql() {}

    /**
     * Vocabulary words close to each search word, {@code (word, term)} rows. The {@code %} operator
     * (pg_trgm's default 0.3 threshold) lets the trigram index find candidates; the stricter
     * similarity floor and the limit keep only real near-misses.
     */
    static SqlText spellings(List<String> fuzzyWords) {
        return new SqlText("""
                SELECT w.word, s.term
                FROM unnest(string_to_array(?, ' ')) AS w(word)
                CROSS JOIN LATERAL (
                  SELECT t.term FROM search_terms t
                  WHERE t.term % lower(unaccent(w.word)) AND t.term <> lower(unaccent(w.word))
                    AND similarity(t.term, lower(unaccent(w.word))) >= ?
                  ORDER BY similarity(t.term, lower(unaccent(w.word))) DESC, t.term
                  LIMIT ?) s""", String.join(" ", fuzzyWords), MIN_SIMILARITY, SPELLINGS_PER_WORD);
    }

    /**
     * One page: score descending, then kind and package id descending (a total order: package ids
     * come from one sequence), keyset after the cursor, one extra row to know whether more follow.
     */
    static SqlText page(SearchQuery q, String tsQuery, SearchCursor after) {
        SqlText sql = new SqlText(
                "WITH matches AS (SELECT d.kind, d.package_id, d.public_id, pv.public_id AS provider_public_id,"
                        + " d.title, d.description, d.place, d.property_name, d.country, d.price_minor, d.currency, d.capacity,"
                        + " d.min_nights, d.duration_days,"
                        + " round((ts_rank(d.document, to_tsquery(" + CONFIG + ", unaccent(?)))"
                        + " + word_similarity(lower(unaccent(?)), d.names)"
                        + " + CASE WHEN d.document @@ plainto_tsquery(" + CONFIG
                        + ", unaccent(?)) THEN 1 ELSE 0 END)::numeric, 6)"
                        + " AS score",
                tsQuery,
                q.text(),
                q.text());
        matches(sql, q, tsQuery);
        sql.append(") SELECT kind, package_id, public_id, provider_public_id, title, description, place, property_name,"
                + " country, price_minor, currency, capacity, min_nights, duration_days, score FROM matches");
        if (after != null) {
            sql.append(
                    " WHERE (score, kind, package_id) < (?, ?, ?)",
                    after.score(),
                    after.kind().name(),
                    after.packageId());
        }
        return sql.append(" ORDER BY score DESC, kind DESC, package_id DESC LIMIT ?", q.limit() + 1);
    }

    /**
     * Facets over every match (all filters applied, the cursor not): rows per grouping set, told
     * apart by GROUPING(kind, country, place): 3 = by kind, 5 = by country, 6 = by place, 7 = all.
     */
    static SqlText facets(SearchQuery q, String tsQuery) {
        SqlText sql = new SqlText("WITH matches AS (SELECT d.kind, d.country, d.place, d.price_minor, d.currency");
        matches(sql, q, tsQuery);
        return sql.append(") SELECT GROUPING(kind, country, place), kind, country, place, count(*),"
                + " min(price_minor), max(price_minor), min(currency), max(currency)"
                + " FROM matches GROUP BY GROUPING SETS ((kind), (country), (place), ())");
    }

    /**
     * FROM and WHERE of the matching documents. Visibility is the document's (published, provider and
     * property approved when indexed) and, re-checked live by primary key, the provider's and the
     * property's current verdict: a suspension hides the offers in the suspending transaction, before
     * the indexer has run. Availability joins inventory as the listings do.
     */
    private static void matches(SqlText sql, SearchQuery q, String tsQuery) {
        sql.append(
                " FROM search_documents d JOIN providers pv ON pv.id = d.provider_id"
                        + " LEFT JOIN properties p ON p.id = d.property_id"
                        + " WHERE d.visible AND pv.status = 'APPROVED' AND (d.kind = 'TOUR' OR p.status = 'APPROVED')"
                        + " AND d.document @@ to_tsquery(" + CONFIG + ", unaccent(?))",
                tsQuery);
        sql.filter(
                q.kind() != null,
                " AND d.kind = ?",
                q.kind() == null ? null : q.kind().name());
        sql.filter(q.place() != null, " AND lower(d.place) = lower(?)", q.place());
        sql.filter(q.country() != null, " AND d.country = ?", q.country());
        sql.filter(q.minPrice() != null, " AND d.price_minor >= ?", q.minPrice());
        sql.filter(q.maxPrice() != null, " AND d.price_minor <= ?", q.maxPrice());
        sql.filter(
                q.guests() != null,
                " AND CASE WHEN d.kind = 'HOTEL' THEN d.capacity * ? ELSE d.capacity END >= ?",
                q.unitsOrOne(),
                q.guests());
        if (q.hasDates()) {
            Date from = Date.valueOf(q.from());
            Date to = Date.valueOf(q.to());
            sql.append(
                    " AND ((d.kind = 'HOTEL' AND d.min_nights <= ? AND (SELECT count(*) FROM hotel_nights n"
                            + " WHERE n.package_id = d.package_id AND n.night >= ? AND n.night < ?"
                            + " AND n.total - n.held - n.sold >= ?) = ?)"
                            + " OR (d.kind = 'TOUR' AND EXISTS (SELECT 1 FROM tour_departures t"
                            + " WHERE t.package_id = d.package_id AND t.departure_date >= ? AND t.departure_date < ?"
                            + " AND t.total - t.held - t.sold >= ?)))",
                    q.nights(),
                    from,
                    to,
                    q.unitsOrOne(),
                    q.nights(),
                    from,
                    to,
                    q.guestsOrOne());
        }
    }
}
