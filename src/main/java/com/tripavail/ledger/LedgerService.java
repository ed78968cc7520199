package com.tripavail.ledger;

import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Posts journals in the caller's transaction. The code checks balance before writing; a deferred
 * constraint trigger checks it again at commit, and (booking, kind) and (payout, kind) are unique,
 * so a transition can never be journaled twice. The subject column names are constants of this
 * class, never input.
 */
@ApplicationScoped
public class LedgerService {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public record JournalView(
            long id,
            String kind,
            String currency,
            String memo,
            Instant createdAt,
            List<LedgerEntry> entries,
            long debitsMinor,
            long creditsMinor) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(long bookingId, JournalKind kind, String currency, String memo, List<LedgerEntry> entries) {
        insert("booking_id", bookingId, kind.name(), currency, memo, entries);
    }

    /** The booking's next journal of a kind that may happen more than once ({@code KIND}, then {@code KIND_2}, ...). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postAgain(long bookingId, JournalKind kind, String currency, String memo, List<LedgerEntry> entries) {
        insert("booking_id", bookingId, kind.nth(journalCount(bookingId, kind) + 1), currency, memo, entries);
    }

    /**
     * Booking's word that a booking's money may be paid out (completed, or cancelled with a share
     * kept): recorded once, what the payout job reads (the provider's share is in the journals).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingSettled(long bookingId, UUID bookingPublicId, long providerId, String currency, Instant at) {
        em.createNativeQuery("INSERT INTO settled_bookings (booking_id, booking_public_id, provider_id, currency,"
                        + " settled_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (booking_id) DO NOTHING")
                .setParameter(1, bookingId)
                .setParameter(2, bookingPublicId)
                .setParameter(3, providerId)
                .setParameter(4, currency)
                .setParameter(5, Timestamp.from(at))
                .executeUpdate();
    }

    /** How many journals of the booking have this kind or a numbered sibling of it ({@code KIND_2}, ...). */
    private long journalCount(long bookingId, JournalKind kind) {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM journals WHERE booking_id = ?1 AND (kind = ?2 OR kind LIKE ?3)")
                        .setParameter(1, bookingId)
                        .setParameter(2, kind.name())
                        .setParameter(3, kind.name() + "\\_%")
                        .getSingleResult())
                .longValue();
    }

    /** A payout's journal; (payout, kind) is unique like (booking, kind). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postForPayout(
            long payoutId, JournalKind kind, String currency, String memo, List<LedgerEntry> entries) {
        insert("payout_id", payoutId, kind.name(), currency, memo, entries);
    }

    private void insert(
            String subjectColumn,
            long subjectId,
            String kind,
            String currency,
            String memo,
            List<LedgerEntry> entries) {
        long debits = entries.stream().mapToLong(LedgerEntry::debitMinor).sum();
        long credits = entries.stream().mapToLong(LedgerEntry::creditMinor).sum();
        if (debits != credits || entries.isEmpty()) {
            throw new IllegalStateException("Unbalanced journal " + kind + " for " + subjectColumn + " " + subjectId);
        }
        long journalId = ((Number) em.createNativeQuery("INSERT INTO journals (id, " + subjectColumn
                                + ", kind, currency, memo, created_at) VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, ?5)"
                                + " RETURNING id")
                        .setParameter(1, subjectId)
                        .setParameter(2, kind)
                        .setParameter(3, currency)
                        .setParameter(4, memo)
                        .setParameter(5, Timestamp.from(clock.instant()))
                        .getSingleResult())
                .longValue();
        for (LedgerEntry e : entries) {
            em.createNativeQuery("INSERT INTO journal_entries (id, journal_id, account, debit_minor, credit_minor)"
                            + " VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4)")
                    .setParameter(1, journalId)
                    .setParameter(2, e.account())
                    .setParameter(3, e.debitMinor())
                    .setParameter(4, e.creditMinor())
                    .executeUpdate();
        }
    }

    /** Journals of one booking, oldest first, each with its entries. */
    public List<JournalView> journals(long bookingId) {
        return journalsOf("booking_id", bookingId);
    }

    /** Journals of one payout, oldest first, each with its entries. */
    public List<JournalView> journalsOfPayout(long payoutId) {
        return journalsOf("payout_id", payoutId);
    }

    private List<JournalView> journalsOf(String subjectColumn, long subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT j.id, j.kind, j.currency, j.memo, j.created_at, e.account,"
                        + " e.debit_minor, e.credit_minor FROM journals j JOIN journal_entries e ON e.journal_id = j.id"
                        + " WHERE j." + subjectColumn + " = ?1 ORDER BY j.id, e.id")
                .setParameter(1, subjectId)
                .getResultList();
        Map<Long, List<Object[]>> byJournal = new LinkedHashMap<>();
        rows.forEach(r -> byJournal
                .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                .add(r));
        List<JournalView> views = new ArrayList<>();
        byJournal.forEach((id, rs) -> {
            Object[] first = rs.get(0);
            List<LedgerEntry> entries = rs.stream()
                    .map(r -> new LedgerEntry((String) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue()))
                    .toList();
            views.add(new JournalView(
                    id,
                    (String) first[1],
                    ((String) first[2]).trim(),
                    (String) first[3],
                    toInstant(first[4]),
                    entries,
                    entries.stream().mapToLong(LedgerEntry::debitMinor).sum(),
                    entries.stream().mapToLong(LedgerEntry::creditMinor).sum()));
        });
        return views;
    }

    /** Credits minus debits of an account per currency: what is owed on it. */
    public Map<String, Long> balance(String account) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT j.currency, COALESCE(SUM(e.credit_minor - e.debit_minor), 0)"
                        + " FROM journal_entries e JOIN journals j ON j.id = e.journal_id WHERE e.account = ?1"
                        + " GROUP BY j.currency ORDER BY j.currency")
                .setParameter(1, account)
                .getResultList();
        Map<String, Long> balances = new LinkedHashMap<>();
        rows.forEach(r -> balances.put(((String) r[0]).trim(), ((Number) r[1]).longValue()));
        return balances;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw DomainException.conflict("ledger_unreadable", "Unexpected timestamp type");
    }
}
