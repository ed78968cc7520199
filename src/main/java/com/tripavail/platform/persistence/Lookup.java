package com.tripavail.platform.persistence;

import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.UUID;

/** Finding one entity a client names by its public id; absent is a 404 {@code not_found} naming {@code what}. */
public final class Lookup {
    private Lookup() {}

    /** The {@code type} entity with public id {@code id}. */
    public static <T> T byPublicId(EntityManager em, Class<T> type, UUID id, String what) {
        return first(query(em, type, id), what);
    }

    /** The same, its row locked ({@code FOR UPDATE}) for the rest of the transaction. */
    public static <T> T lockedByPublicId(EntityManager em, Class<T> type, UUID id, String what) {
        return first(query(em, type, id).setLockMode(LockModeType.PESSIMISTIC_WRITE), what);
    }

    /** The {@code type} entity with internal id {@code id}. */
    public static <T> T byId(EntityManager em, Class<T> type, long id, String what) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw DomainException.notFound(what);
        }
        return entity;
    }

    private static <T> TypedQuery<T> query(EntityManager em, Class<T> type, UUID id) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.publicId = :id", type)
                .setParameter("id", id);
    }

    private static <T> T first(TypedQuery<T> query, String what) {
        return query.getResultStream().findFirst().orElseThrow(() -> DomainException.notFound(what));
    }
}
