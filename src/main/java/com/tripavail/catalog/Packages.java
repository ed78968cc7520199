package com.tripavail.catalog;

import com.tripavail.platform.persistence.Lookup;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finding packages by public id; a provider's own lookups treat another provider's package as absent. */
@ApplicationScoped
public class Packages {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    ProviderService providers;

    public <T extends CatalogPackage> T find(Class<T> type, UUID id) {
        return Lookup.byPublicId(em, type, id, "Package");
    }

    /**
     * Whether a package can be sold now: published, its provider approved and, for a hotel, its
     * property approved ({@link SellableSql}, the listings' rule too). One statement on the primary,
     * in the caller's transaction, instead of three entity loads: it runs on every hold and confirm.
     */
    public boolean sellable(boolean hotel, UUID id) {
        String sql = hotel
                ? "SELECT 1 FROM " + SellableSql.HOTEL_FROM + " WHERE hp.public_id = ?1 AND " + SellableSql.HOTEL_WHERE
                : "SELECT 1 FROM " + SellableSql.TOUR_FROM + " WHERE tp.public_id = ?1 AND " + SellableSql.TOUR_WHERE;
        return !em.createNativeQuery(sql).setParameter(1, id).getResultList().isEmpty();
    }

    /**
     * A sellable package as booking needs it, in one statement: the quote's hot path reads no
     * entity (three entity loads and their unit-of-work clones were the quote's largest cost).
     */
    public Optional<Bookable> bookable(boolean hotel, UUID id) {
        String sql = hotel
                ? "SELECT hp.id, hp.public_id, hp.provider_id, pv.owner_id, hp.title, hp.price_minor, hp.currency,"
                        + " hp.max_guests, hp.nights, 0, p.country, p.time_zone, hp.cancel_kind, hp.cancel_free_days,"
                        + " hp.cancel_refund_percent FROM " + SellableSql.HOTEL_FROM
                        + " WHERE hp.public_id = ?1 AND " + SellableSql.HOTEL_WHERE
                : "SELECT tp.id, tp.public_id, tp.provider_id, pv.owner_id, tp.title, tp.price_minor, tp.currency,"
                        + " tp.max_group_size, 0, tp.duration_days, tp.country, tp.time_zone, tp.cancel_kind,"
                        + " tp.cancel_free_days, tp.cancel_refund_percent FROM " + SellableSql.TOUR_FROM
                        + " WHERE tp.public_id = ?1 AND " + SellableSql.TOUR_WHERE;
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> bookableOf(hotel ? "HOTEL" : "TOUR", (Object[]) row));
    }

    private static Bookable bookableOf(String type, Object[] r) {
        return new Bookable(
                type,
                ((Number) r[0]).longValue(),
                (UUID) r[1],
                ((Number) r[2]).longValue(),
                (UUID) r[3],
                (String) r[4],
                ((Number) r[5]).longValue(),
                (String) r[6],
                ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(),
                (String) r[10],
                ZoneId.of((String) r[11]),
                new CancellationPolicy(
                        CancellationPolicy.Kind.valueOf((String) r[12]), (Integer) r[13], (Integer) r[14]));
    }

    /** Another provider's package answers 404, like one that does not exist. */
    public <T extends CatalogPackage> T owned(Class<T> type, UUID ownerId, UUID id) {
        T p = find(type, id);
        if (p.providerId() != providers.ownProvider(ownerId).id()) {
            throw DomainException.notFound("Package");
        }
        return p;
    }

    /** {@link #owned} with the row locked for the rest of the caller's transaction. */
    public <T extends CatalogPackage> T ownedForUpdate(Class<T> type, UUID ownerId, UUID id) {
        T p = owned(type, ownerId, id);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        return p;
    }

    /** The current version, for the ETag of a package. */
    public long versionOf(Class<? extends CatalogPackage> type, UUID id) {
        return find(type, id).version();
    }
}
