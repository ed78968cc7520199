package com.tripavail.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction, so an audit row
 * commits exactly when the audited change does; called outside one, it commits on its own.
 */
@ApplicationScoped
public class AuditService {
    /** Actor id for what the system does by itself (start-up bootstrap, jobs). */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    Jsonb jsonb;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void record(
            String actorId,
            String action,
            String targetType,
            String targetId,
            String reason,
            Map<String, String> details) {
        String json = details == null || details.isEmpty() ? null : jsonb.toJson(details);
        em.persist(new AuditEntry(clock.instant(), actorId, action, targetType, targetId, reason, json));
    }

    public record Filter(String actor, String action, Instant from, Instant to) {}

    /** Newest first; {@code afterId} is the last id of the previous page. */
    public List<AuditEntry> find(Filter filter, Long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        add(jpql, params, filter.actor(), "a.actorId = :actor", "actor");
        add(jpql, params, filter.action(), "a.action = :action", "action");
        add(jpql, params, filter.from(), "a.occurredAt >= :from", "from");
        add(jpql, params, filter.to(), "a.occurredAt < :to", "to");
        add(jpql, params, afterId, "a.id < :afterId", "afterId");
        jpql.append(" ORDER BY a.id DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(limit).getResultList();
    }

    private static void add(StringBuilder jpql, List<Object[]> params, Object value, String clause, String name) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            params.add(new Object[] {name, value});
        }
    }
}
