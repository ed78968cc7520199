package com.tripavail.provider;

import com.tripavail.platform.persistence.Lookup;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProviderRepository {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public void add(Provider provider) {
        em.persist(provider);
    }

    public void add(Property property) {
        em.persist(property);
    }

    public Optional<Provider> byOwner(UUID ownerId) {
        return em.createQuery("SELECT p FROM Provider p WHERE p.ownerId = :owner", Provider.class)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    public Provider byPublicId(UUID id) {
        return Lookup.byPublicId(em, Provider.class, id, "Provider");
    }

    /** Row-locked: status decisions on one provider are serialised. */
    public Provider byPublicIdForUpdate(UUID id) {
        Provider p = byPublicId(id);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        return p;
    }

    public Provider byIdForShare(long id) {
        Provider p = byId(id);
        em.lock(p, LockModeType.PESSIMISTIC_READ);
        return p;
    }

    public Property propertyById(long id) {
        return Lookup.byId(em, Property.class, id, "Property");
    }

    public Provider byId(long id) {
        return Lookup.byId(em, Provider.class, id, "Provider");
    }

    public Property propertyByPublicId(UUID id) {
        return em.createQuery("SELECT p FROM Property p JOIN FETCH p.provider WHERE p.publicId = :id", Property.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Property"));
    }

    /** Row-locked: changes to one property (its gallery) are serialised. */
    public Property propertyByPublicIdForUpdate(UUID id) {
        Property p = propertyByPublicId(id);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    public List<Provider> page(ProviderStatus status, long afterId, int limit) {
        return em.createQuery(
                        "SELECT p FROM Provider p WHERE (:status IS NULL OR p.status = :status) AND p.id > :after"
                                + " ORDER BY p.id",
                        Provider.class)
                .setParameter("status", status)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Property> propertiesPage(ReviewStatus status, long afterId, int limit) {
        return em.createQuery(
                        "SELECT p FROM Property p JOIN FETCH p.provider WHERE (:status IS NULL OR p.status = :status)"
                                + " AND p.id > :after ORDER BY p.id",
                        Property.class)
                .setParameter("status", status)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Property> propertiesOf(Provider provider) {
        return em.createQuery("SELECT p FROM Property p WHERE p.provider = :provider ORDER BY p.id", Property.class)
                .setParameter("provider", provider)
                .getResultList();
    }
}
