package com.tripavail.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes search documents from the catalog's current rows, in the caller's transaction: one upsert
 * statement per kind for a whole batch of packages, then their words into the vocabulary. Rows are
 * written in package id order and words in alphabetical order, so two indexers working on
 * overlapping batches lock rows in the same order and cannot deadlock each other.
 */
@ApplicationScoped
public class SearchDocuments {
    private static final String UPSERT = " ON CONFLICT (kind, package_id) DO UPDATE SET public_id = EXCLUDED.public_id,"
            + " provider_id = EXCLUDED.provider_id, property_id = EXCLUDED.property_id, title = EXCLUDED.title,"
            + " description = EXCLUDED.description, inclusions = EXCLUDED.inclusions, place = EXCLUDED.place,"
            + " property_name = EXCLUDED.property_name, country = EXCLUDED.country, price_minor = EXCLUDED.price_minor,"
            + " currency = EXCLUDED.currency, capacity = EXCLUDED.capacity, min_nights = EXCLUDED.min_nights,"
            + " duration_days = EXCLUDED.duration_days, status = EXCLUDED.status, visible = EXCLUDED.visible,"
            + " names = EXCLUDED.names, document = EXCLUDED.document, revision = search_documents.revision + 1,"
            + " updated_at = EXCLUDED.updated_at";
    private static final String COLUMNS = "INSERT INTO search_documents (kind, package_id, public_id, provider_id,"
            + " property_id, title, description, inclusions, place, property_name, country, price_minor, currency,"
            + " capacity, min_nights, duration_days, status, visible, names, document, updated_at) ";
    private static final String HOTELS = COLUMNS
            + "SELECT 'HOTEL', hp.id, hp.public_id, hp.provider_id, p.id, hp.title, hp.description, hp.inclusions,"
            + " p.city, p.name, p.country, hp.price_minor, hp.currency, hp.max_guests, hp.nights, NULL, hp.status,"
            + " hp.status = 'PUBLISHED' AND pv.status = 'APPROVED' AND p.status = 'APPROVED',"
            + text("hp.title", "p.city", "p.name", "hp.description", "hp.inclusions", PackageKind.HOTEL) + ", now()"
            + " FROM hotel_packages hp JOIN properties p ON p.id = hp.property_id JOIN providers pv ON pv.id = hp.provider_id"
            + " WHERE hp.id = ANY (CAST(?1 AS bigint[])) ORDER BY hp.id" + UPSERT;
    private static final String TOURS = COLUMNS
            + "SELECT 'TOUR', tp.id, tp.public_id, tp.provider_id, NULL, tp.title, tp.description, tp.inclusions,"
            + " tp.destination, NULL, tp.country, tp.price_minor, tp.currency, tp.max_group_size, NULL, tp.duration_days,"
            + " tp.status, tp.status = 'PUBLISHED' AND pv.status = 'APPROVED',"
            + text("tp.title", "tp.destination", "NULL", "tp.description", "tp.inclusions", PackageKind.TOUR)
            + ", now()"
            + " FROM tour_packages tp JOIN providers pv ON pv.id = tp.provider_id"
            + " WHERE tp.id = ANY (CAST(?1 AS bigint[])) ORDER BY tp.id" + UPSERT;
    /** Packages are never deleted today; should one be, its document goes with the next indexing. */
    private static final String ORPHANS =
            "DELETE FROM search_documents d WHERE d.package_id = ANY (CAST(?1 AS bigint[]))"
                    + " AND NOT EXISTS (SELECT 1 FROM hotel_packages h WHERE h.id = d.package_id AND d.kind = 'HOTEL')"
                    + " AND NOT EXISTS (SELECT 1 FROM tour_packages t WHERE t.id = d.package_id AND d.kind = 'TOUR')";

    private static final String TERMS = "INSERT INTO search_terms (term) SELECT DISTINCT w FROM search_documents d,"
            + " regexp_split_to_table(lower(unaccent(concat_ws(' ', d.title, d.place, d.property_name, d.description,"
            + " replace(d.inclusions, E'\\n', ' ')))), '[^[:alnum:]]+') AS w"
            + " WHERE d.package_id = ANY (CAST(?1 AS bigint[])) AND length(w) BETWEEN 3 AND 100 AND w !~ '^[0-9]+$'"
            + " ORDER BY w ON CONFLICT (term) DO NOTHING";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** (Re)writes the documents of these packages (hotel and tour ids: one sequence, never shared). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(List<Long> packageIds) {
        if (packageIds.isEmpty()) {
            return 0;
        }
        String ids = packageIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        int written = run(HOTELS, ids) + run(TOURS, ids);
        run(ORPHANS, ids);
        run(TERMS, ids);
        return written;
    }

    /**
     * The names and document columns of a package from its SQL columns, the same for both kinds:
     * weight A title and place, B property name, C description and inclusions, D the kind word.
     */
    private static String text(
            String title, String place, String propertyName, String description, String inclusions, PackageKind kind) {
        return " lower(unaccent(concat_ws(' ', " + title + ", " + place + ", " + propertyName + "))),"
                + weighted(title + " || ' ' || " + place, 'A')
                + " ||" + weighted("coalesce(" + propertyName + ", '')", 'B')
                + " ||" + weighted(description + " || ' ' || replace(" + inclusions + ", E'\\n', ' ')", 'C')
                + " ||" + weighted("'" + kind.wire() + "'", 'D');
    }

    private static String weighted(String text, char weight) {
        return " setweight(to_tsvector(" + SearchSql.CONFIG + ", unaccent(" + text + ")), '" + weight + "')";
    }

    private int run(String sql, String ids) {
        return em.createNativeQuery(sql).setParameter(1, ids).executeUpdate();
    }
}
