package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.PropertySummary;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import com.tripavail.media.GalleryOwner;
import com.tripavail.media.ImageGallery;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.persistence.ReadDatabase;
import com.tripavail.platform.persistence.SqlText;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The public listings: one SQL statement per page whatever its size (the property and the
 * availability check are joined in, not fetched per row) plus one for the images of the whole
 * page, keyset pagination on the sort key plus id so pages stay stable while rows are inserted,
 * every filter backed by an index. The page itself is read through {@link ReadDatabase} (a replica
 * when configured).
 */
@ApplicationScoped
public class CatalogListing {
    private static final int HOTEL_PRICE_COLUMN = 11;
    private static final int TOUR_PRICE_COLUMN = 8;

    @Inject
    ReadDatabase reads;

    @Inject
    ImageGallery gallery;

    public Page<HotelPackageView> hotels(ListingQuery q) {
        SqlText sql = new SqlText("""
                SELECT hp.id, hp.public_id, pv.public_id, p.public_id, p.name, p.city, p.country, p.time_zone,
                       hp.title, hp.description, hp.nights, hp.price_minor, hp.currency, hp.max_guests, hp.inclusions,
                       hp.cancel_kind, hp.cancel_free_days, hp.cancel_refund_percent, hp.status, hp.created_at
                FROM\s""" + SellableSql.HOTEL_FROM + " WHERE " + SellableSql.HOTEL_WHERE);
        sql.filter(q.place() != null, " AND lower(p.city) = lower(?)", q.place());
        sql.filter(q.country() != null, " AND p.country = ?", q.country());
        commonFilters(sql, q, "hp");
        sql.filter(q.guests() != null, " AND hp.max_guests * ? >= ?", q.unitsOrOne(), q.guests());
        if (q.hasDates()) {
            sql.filter(
                    true,
                    " AND hp.nights <= ? AND (SELECT count(*) FROM hotel_nights n WHERE n.package_id = hp.id"
                            + " AND n.night >= ? AND n.night < ? AND n.total - n.held - n.sold >= ?) = ?",
                    q.nights(),
                    Date.valueOf(q.from()),
                    Date.valueOf(q.to()),
                    q.unitsOrOne(),
                    q.nights());
        }
        List<Object[]> rows = run(sql, q, "hp");
        return page(
                rows,
                q,
                this::hotelView,
                ids -> gallery.urls(GalleryOwner.HOTEL_PACKAGE, ids),
                HOTEL_PRICE_COLUMN,
                cursorScope(q, "hp"));
    }

    public Page<TourPackageView> tours(ListingQuery q) {
        SqlText sql = new SqlText("""
                SELECT tp.id, tp.public_id, pv.public_id, tp.title, tp.description, tp.destination, tp.country,
                       tp.duration_days, tp.price_minor, tp.currency, tp.max_group_size, tp.inclusions,
                       tp.cancel_kind, tp.cancel_free_days, tp.cancel_refund_percent, tp.status, tp.created_at,
                       tp.time_zone
                FROM\s""" + SellableSql.TOUR_FROM + " WHERE " + SellableSql.TOUR_WHERE);
        sql.filter(q.place() != null, " AND lower(tp.destination) = lower(?)", q.place());
        sql.filter(q.country() != null, " AND tp.country = ?", q.country());
        commonFilters(sql, q, "tp");
        sql.filter(q.guests() != null, " AND tp.max_group_size >= ?", q.guests());
        if (q.hasDates()) {
            sql.filter(
                    true,
                    " AND EXISTS (SELECT 1 FROM tour_departures d WHERE d.package_id = tp.id"
                            + " AND d.departure_date >= ? AND d.departure_date < ? AND d.total - d.held - d.sold >= ?)",
                    Date.valueOf(q.from()),
                    Date.valueOf(q.to()),
                    q.guests() == null ? 1 : q.guests());
        }
        List<Object[]> rows = run(sql, q, "tp");
        return page(
                rows,
                q,
                this::tourView,
                ids -> gallery.urls(GalleryOwner.TOUR_PACKAGE, ids),
                TOUR_PRICE_COLUMN,
                cursorScope(q, "tp"));
    }

    private static void commonFilters(SqlText sql, ListingQuery q, String alias) {
        sql.filter(q.minPrice() != null, " AND " + alias + ".price_minor >= ?", q.minPrice());
        sql.filter(q.maxPrice() != null, " AND " + alias + ".price_minor <= ?", q.maxPrice());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(SqlText sql, ListingQuery q, String alias) {
        List<String> after = afterCursor(q, alias);
        switch (q.sortOrder()) {
            case PRICE -> byPrice(sql, alias, after, false);
            case PRICE_DESC -> byPrice(sql, alias, after, true);
            case NEWEST -> {
                sql.filter(
                        !after.isEmpty(),
                        " AND " + alias + ".id < ?",
                        after.isEmpty() ? null : Cursor.longPart(after, 0));
                sql.append(" ORDER BY " + alias + ".id DESC");
            }
        }
        sql.append(" LIMIT " + (q.limit() + 1));
        return reads.rows(sql.text(), sql.params());
    }

    /** Keyset paging on (price, id), up or down: rows after the cursor's pair, in that order. */
    private static void byPrice(SqlText sql, String alias, List<String> after, boolean descending) {
        String direction = descending ? " DESC" : "";
        sql.filter(
                !after.isEmpty(),
                " AND (" + alias + ".price_minor, " + alias + ".id) " + (descending ? "<" : ">") + " (?, ?)",
                after.isEmpty() ? null : Cursor.longPart(after, 0),
                after.isEmpty() ? null : Cursor.longPart(after, 1));
        sql.append(" ORDER BY " + alias + ".price_minor" + direction + ", " + alias + ".id" + direction);
    }

    /** A cursor carries the listing and sort it came from: a hotels-by-price cursor is refused elsewhere. */
    private static String cursorScope(ListingQuery q, String alias) {
        return alias + "-" + q.sortOrder().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The sort key values after the scope, or empty without a cursor. */
    private static List<String> afterCursor(ListingQuery q, String alias) {
        List<String> parts = Cursor.decode(q.cursor(), q.sortOrder() == ListingQuery.Sort.NEWEST ? 2 : 3);
        if (parts.isEmpty()) {
            return parts;
        }
        if (!parts.get(0).equals(cursorScope(q, alias))) {
            throw DomainException.badRequest(
                    "invalid_cursor", "The cursor belongs to another listing or sort order; start again without it");
        }
        return parts.subList(1, parts.size());
    }

    /** The page's rows, plus the images of all of them from one more statement. */
    private static <V> Page<V> page(
            List<Object[]> rows,
            ListingQuery q,
            BiFunction<Object[], List<String>, V> view,
            Function<List<Long>, Map<Long, List<String>>> imagesOf,
            int priceColumn,
            String cursorScope) {
        boolean more = rows.size() > q.limit();
        List<Object[]> shown = more ? rows.subList(0, q.limit()) : rows;
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            long id = ((Number) last[0]).longValue();
            next = q.sortOrder() == ListingQuery.Sort.NEWEST
                    ? Cursor.encode(cursorScope, id)
                    : Cursor.encode(cursorScope, ((Number) last[priceColumn]).longValue(), id);
        }
        Map<Long, List<String>> urls = imagesOf.apply(
                shown.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return new Page<>(
                shown.stream()
                        .map(r -> view.apply(r, urls.getOrDefault(((Number) r[0]).longValue(), List.of())))
                        .toList(),
                next);
    }

    private HotelPackageView hotelView(Object[] r, List<String> imageUrls) {
        return new HotelPackageView(
                r[1].toString(),
                r[2].toString(),
                new PropertySummary(r[3].toString(), (String) r[4], (String) r[5], (String) r[6], (String) r[7]),
                (String) r[8],
                (String) r[9],
                ((Number) r[10]).intValue(),
                new Money(((Number) r[11]).longValue(), (String) r[12]),
                ((Number) r[13]).intValue(),
                inclusions((String) r[14]),
                policy(r[15], r[16], r[17]),
                PackageStatus.valueOf((String) r[18]),
                instant(r[19]),
                null,
                imageUrls);
    }

    private TourPackageView tourView(Object[] r, List<String> imageUrls) {
        return new TourPackageView(
                r[1].toString(),
                r[2].toString(),
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[17],
                ((Number) r[7]).intValue(),
                new Money(((Number) r[8]).longValue(), (String) r[9]),
                ((Number) r[10]).intValue(),
                inclusions((String) r[11]),
                policy(r[12], r[13], r[14]),
                PackageStatus.valueOf((String) r[15]),
                instant(r[16]),
                null,
                imageUrls);
    }

    private static CatalogDtos.PolicyDto policy(Object kind, Object days, Object percent) {
        return new CatalogDtos.PolicyDto(
                CancellationPolicy.Kind.valueOf((String) kind),
                days == null ? null : ((Number) days).intValue(),
                percent == null ? null : ((Number) percent).intValue());
    }

    private static List<String> inclusions(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (java.time.Instant) value;
    }
}
