package com.tripavail.ledger;

import com.tripavail.platform.money.Money;
import com.tripavail.platform.persistence.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payout queries: the job's claims (FOR UPDATE SKIP LOCKED, so servers running the job at once
 * never handle one provider or payout together), the available bookings, items and pages. Which
 * bookings are settled is booking's word, recorded in the ledger's own {@code settled_bookings}
 * (booking's {@code SettlementReports}); the provider's share is in the journals.
 */
@ApplicationScoped
public class PayoutRepository {
    private static final String PAYABLE = "failure_reason IS NULL AND hold_reason IS NULL";
    private static final String SENDABLE = "(status = 'SCHEDULED' OR (status = 'SENDING' AND sending_since <= ?2))";

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<PayoutAccount> account(long providerId) {
        return Optional.ofNullable(em.find(PayoutAccount.class, providerId));
    }

    public Optional<PayoutAccount> lockAccount(long providerId) {
        return Optional.ofNullable(em.find(PayoutAccount.class, providerId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Providers the job may pay, after {@code afterProviderId} in id order; read without locks. */
    public List<Long> payableAccounts(long afterProviderId, int limit) {
        return longs(em.createNativeQuery("SELECT provider_id FROM payout_accounts WHERE provider_id > ?1 AND "
                        + PAYABLE + " ORDER BY provider_id LIMIT ?2")
                .setParameter(1, afterProviderId)
                .setParameter(2, limit)
                .getResultList());
    }

    /** The account locked for this transaction, or empty when another server holds it or it is no longer payable. */
    public Optional<PayoutAccount> claimAccount(long providerId) {
        List<Long> ids =
                longs(em.createNativeQuery("SELECT provider_id FROM payout_accounts WHERE provider_id = ?1 AND "
                                + PAYABLE + " FOR UPDATE SKIP LOCKED")
                        .setParameter(1, providerId)
                        .getResultList());
        return ids.isEmpty() ? Optional.empty() : account(providerId);
    }

    /**
     * A provider's settled bookings (COMPLETED, or CANCELLED with a share kept) in no live payout,
     * each with the provider's net share: its payable credits minus debits in the booking's journals.
     */
    public List<PayoutPlan.Item> available(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.booking_id, s.booking_public_id, s.currency,"
                        + " SUM(e.credit_minor - e.debit_minor) FROM settled_bookings s"
                        + " JOIN journals j ON j.booking_id = s.booking_id"
                        + " JOIN journal_entries e ON e.journal_id = j.id AND e.account = ?2"
                        + " WHERE s.provider_id = ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.booking_id = s.booking_id AND NOT i.released)"
                        + " GROUP BY s.booking_id, s.booking_public_id, s.currency"
                        + " HAVING SUM(e.credit_minor - e.debit_minor) > 0"
                        + " ORDER BY s.booking_id")
                .setParameter(1, providerId)
                .setParameter(2, Accounts.providerPayable(providerId))
                .getResultList();
        return rows.stream()
                .map(r -> new PayoutPlan.Item(
                        ((Number) r[0]).longValue(),
                        uuid(r[1]),
                        Money.of(((Number) r[3]).longValue(), ((String) r[2]).trim())))
                .toList();
    }

    public void addItems(Payout payout, List<PayoutPlan.Item> items) {
        em.flush(); // the payout row first: items reference it
        for (PayoutPlan.Item i : items) {
            em.createNativeQuery("INSERT INTO payout_items (id, payout_id, booking_id, booking_public_id, amount_minor,"
                            + " released) VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, false)")
                    .setParameter(1, payout.id())
                    .setParameter(2, i.bookingId())
                    .setParameter(3, i.bookingPublicId())
                    .setParameter(4, i.amount().minor())
                    .executeUpdate();
        }
    }

    /** A failed payout gives its bookings back: they may be paid by a later payout. */
    public int releaseItems(Payout payout) {
        return em.createNativeQuery("UPDATE payout_items SET released = true WHERE payout_id = ?1 AND NOT released")
                .setParameter(1, payout.id())
                .executeUpdate();
    }

    public record ItemRow(UUID bookingId, long amountMinor, boolean released) {}

    public List<ItemRow> items(Payout payout) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT booking_public_id, amount_minor, released FROM payout_items"
                        + " WHERE payout_id = ?1 ORDER BY id")
                .setParameter(1, payout.id())
                .getResultList();
        return rows.stream()
                .map(r -> new ItemRow(uuid(r[0]), ((Number) r[1]).longValue(), (Boolean) r[2]))
                .toList();
    }

    /** Payouts a sender may take (scheduled, or sending with the lease run out), after {@code afterId}; no locks. */
    public List<Long> sendable(Instant now, Duration lease, long afterId, int limit) {
        return longs(
                em.createNativeQuery("SELECT id FROM payouts WHERE id > ?1 AND " + SENDABLE + " ORDER BY id LIMIT ?3")
                        .setParameter(1, afterId)
                        .setParameter(2, Timestamp.from(now.minus(lease)))
                        .setParameter(3, limit)
                        .getResultList());
    }

    /** The payout locked for this transaction, or empty when another server has it or it is no longer sendable. */
    public Optional<Payout> claimForSending(long id, Instant now, Duration lease) {
        List<Long> ids = longs(
                em.createNativeQuery("SELECT id FROM payouts WHERE id = ?1 AND " + SENDABLE + " FOR UPDATE SKIP LOCKED")
                        .setParameter(1, id)
                        .setParameter(2, Timestamp.from(now.minus(lease)))
                        .getResultList());
        return ids.isEmpty() ? Optional.empty() : Optional.of(em.find(Payout.class, id));
    }

    public Payout lock(long id) {
        return em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Payout byPublicId(UUID id) {
        return Lookup.byPublicId(em, Payout.class, id, "Payout");
    }

    /** Newest first, keyset by id; one more row than {@code limit} tells whether a next page exists. */
    public List<Payout> page(UUID providerPublicId, PayoutStatus status, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Payout p WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        where(jpql, params, providerPublicId, "p.providerPublicId = :provider", "provider");
        where(jpql, params, status, "p.status = :status", "status");
        where(jpql, params, beforeId, "p.id < :before", "before");
        TypedQuery<Payout> q = em.createQuery(jpql.append(" ORDER BY p.id DESC").toString(), Payout.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit + 1).getResultList();
    }

    /** Money of a provider's scheduled and sending payouts, per currency. */
    public Map<String, Long> inTransit(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT currency, SUM(amount_minor) FROM payouts WHERE provider_id = ?1"
                                + " AND status IN ('SCHEDULED','SENDING') GROUP BY currency ORDER BY currency")
                .setParameter(1, providerId)
                .getResultList();
        Map<String, Long> sums = new LinkedHashMap<>();
        rows.forEach(r -> sums.put(((String) r[0]).trim(), ((Number) r[1]).longValue()));
        return sums;
    }

    private static void where(
            StringBuilder jpql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static List<Long> longs(List<?> ids) {
        return ids.stream().map(i -> ((Number) i).longValue()).toList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
