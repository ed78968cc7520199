package com.tripavail.provider;

import com.tripavail.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The expiry job's units of work, each its own transaction. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so instances running the check at once split the work and never
 * warn about a document twice or suspend a provider twice. Only a provider's latest document of a
 * type counts: filing a newer one supersedes the old.
 */
@ApplicationScoped
public class DocumentExpiryClaims {
    private static final String LATEST = " AND NOT EXISTS (SELECT 1 FROM provider_documents n"
            + " WHERE n.provider_id = d.provider_id AND n.type = d.type AND n.expires_on > d.expires_on)";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    /** Warns once about each required document expiring within the window; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int warnBatch(LocalDate today, Set<DocumentType> required, int warningDays, int batch) {
        Query query = em.createNativeQuery("SELECT d.id, p.public_id FROM provider_documents d"
                + " JOIN providers p ON p.id = d.provider_id WHERE p.status = 'APPROVED' AND d.warned_at IS NULL"
                + " AND d.type IN (" + types(required) + ") AND d.expires_on >= ? AND d.expires_on <= ?" + LATEST
                + " ORDER BY d.id LIMIT ? FOR UPDATE OF d SKIP LOCKED");
        query.setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(warningDays)))
                .setParameter(3, batch);
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            ProviderDocument d = em.find(ProviderDocument.class, ((Number) row[0]).longValue());
            d.markWarned(clock.instant());
            audit.record(
                    AuditService.SYSTEM,
                    "provider.document_expiring",
                    "provider",
                    row[1].toString(),
                    d.type() + " expires on " + d.expiresOn(),
                    Map.of(
                            "documentId",
                            d.publicId().toString(),
                            "type",
                            d.type().name(),
                            "expiresOn",
                            d.expiresOn().toString()));
        }
        return rows.size();
    }

    /** Suspends the next APPROVED provider whose latest required document has expired; false when none is left. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public boolean suspendNext(LocalDate today, Set<DocumentType> required) {
        Query query = em.createNativeQuery("SELECT p.public_id, d.type, d.expires_on FROM provider_documents d"
                + " JOIN providers p ON p.id = d.provider_id WHERE p.status = 'APPROVED'"
                + " AND d.type IN (" + types(required) + ") AND d.expires_on < ?" + LATEST
                + " ORDER BY p.id, d.expires_on LIMIT 1 FOR UPDATE OF p SKIP LOCKED");
        List<Object[]> rows = query.setParameter(1, Date.valueOf(today)).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        UUID providerId = row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
        providers.suspend(AuditService.SYSTEM, providerId, "Required document " + row[1] + " expired on " + row[2]);
        return true;
    }

    /** Enum names only, so inlining them is safe. */
    private static String types(Set<DocumentType> required) {
        return required.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
    }
}
