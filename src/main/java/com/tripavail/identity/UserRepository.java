package com.tripavail.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores users; emails are looked up in their normalised form. */
@ApplicationScoped
public class UserRepository {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public Optional<User> byEmail(String email) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalise(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<User> byPublicId(UUID publicId) {
        return em.createNamedQuery("User.byPublicId", User.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst();
    }

    /** Locks every administrator's row (id order) and counts them, for the last-administrator rule. */
    public int lockAdmins() {
        return em.createNativeQuery("SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id FOR UPDATE")
                .getResultList()
                .size();
    }

    public void add(User user) {
        em.persist(user);
        // surface the unique-email violation here, inside the caller's try, not at commit
        em.flush();
    }
}
