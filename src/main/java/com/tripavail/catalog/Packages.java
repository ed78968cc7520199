package com.tripavail.catalog;

import com.tripavail.platform.problem.DomainException;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Finding packages by public id; a provider's own lookups treat another provider's package as absent. */
@ApplicationScoped
public class Packages {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    ProviderService providers;

    public <T extends CatalogPackage> T find(Class<T> type, UUID id) {
        return em.createQuery("SELECT p FROM " + type.getSimpleName() + " p WHERE p.publicId = :id", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Package"));
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
