package com.tripavail.booking;

import com.tripavail.inventory.Slots;
import com.tripavail.platform.persistence.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Booking queries: lookups, row locks, the claims of the jobs and the hold reclaim. */
@ApplicationScoped
public class BookingRepository {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Writes the pending changes now, e.g. before taking row locks other transactions queue behind. */
    public void flush() {
        em.flush();
    }

    public Booking byPublicId(UUID id) {
        return Lookup.byPublicId(em, Booking.class, id, "Booking");
    }

    /** Locks the booking row for the rest of the transaction: transitions of one booking run one at a time. */
    public Booking lock(UUID id) {
        return Lookup.lockedByPublicId(em, Booking.class, id, "Booking");
    }

    public Booking lock(long id) {
        return em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serialises the hold decisions of one traveler (the active-hold limit) with a transaction-scoped advisory lock. */
    public void lockTraveler(UUID travelerId) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l")
                .setParameter(1, travelerId.getMostSignificantBits() ^ travelerId.getLeastSignificantBits())
                .getSingleResult();
    }

    public long activeHolds(UUID travelerId, Instant now) {
        return em.createQuery(
                        "SELECT COUNT(b) FROM Booking b WHERE b.travelerId = :t AND b.status IN :live"
                                + " AND b.holdExpiresAt > :now",
                        Long.class)
                .setParameter("t", travelerId)
                .setParameter("now", now)
                .setParameter("live", List.of(BookingStatus.HOLD, BookingStatus.PAYMENT))
                .getSingleResult();
    }

    /** Which bookings take an inventory slot: ?1 the slot's key, ?3 its night (hotel nights only). */
    private static final Map<Slots.Table, String> BOOKINGS_ON_SLOT = Map.of(
            Slots.Table.HOTEL_NIGHTS,
            "package_id = ?1 AND package_type = 'HOTEL' AND start_date <= ?3 AND end_date > ?3",
            Slots.Table.TOUR_DEPARTURES,
            "departure_id = ?1");

    /** Expired holds on one inventory slot (a night or a departure), locked; rows another transaction is handling are skipped. */
    public List<Booking> expiredHoldsOn(Slots slot, Instant now) {
        Query q = em.createNativeQuery(
                        "SELECT id FROM bookings WHERE " + BOOKINGS_ON_SLOT.get(slot.table())
                                + " AND status IN ('HOLD','PAYMENT') AND hold_expires_at <= ?2 ORDER BY id FOR UPDATE SKIP LOCKED")
                .setParameter(1, slot.key())
                .setParameter(2, Timestamp.from(now));
        if (slot.from() != null) {
            q.setParameter(3, Date.valueOf(slot.from()));
        }
        return lockedByIds(q.getResultList());
    }

    /** The expiry job's claim: HOLD bookings past their expiry, locked, skipping rows being handled elsewhere. */
    public List<Booking> claimExpiredHolds(Instant now, int limit) {
        return claimPastHoldExpiry(BookingStatus.HOLD, now, limit);
    }

    /** PAYMENT bookings past their payment window, for reconciliation with the gateway. */
    public List<Booking> claimOverduePayments(Instant now, int limit) {
        return claimPastHoldExpiry(BookingStatus.PAYMENT, now, limit);
    }

    /** The status is written into the statement (an enum name), so the partial index on it still applies. */
    private List<Booking> claimPastHoldExpiry(BookingStatus status, Instant now, int limit) {
        return lockedByIds(em.createNativeQuery("SELECT id FROM bookings WHERE status = '" + status.name()
                        + "' AND hold_expires_at <= ?1 ORDER BY hold_expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList());
    }

    /** Confirmed bookings whose end date has passed. */
    /**
     * Confirmed bookings whose end date has passed in the booking's own time zone. The first bound
     * (no zone is more than a day ahead of UTC) lets the partial index on end_date do the work.
     */
    public List<Booking> claimEnded(Instant now, int limit) {
        LocalDate latestLocalDate = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        return lockedByIds(em.createNativeQuery("SELECT id FROM bookings WHERE status = 'CONFIRMED' AND end_date < ?1"
                        + " AND end_date < CAST(CAST(?2 AS timestamptz) AT TIME ZONE time_zone AS date)"
                        + " ORDER BY end_date LIMIT ?3 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Date.valueOf(latestLocalDate))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, limit)
                .getResultList());
    }

    /** Settled bookings the ledger has not been told about (settled by an older release), locked. */
    public List<Booking> claimUnreportedSettlements(int limit) {
        return lockedByIds(em.createNativeQuery("SELECT id FROM bookings WHERE settlement_reported_at IS NULL"
                        + " AND status IN ('COMPLETED','CANCELLED') ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit)
                .getResultList());
    }

    public void markSettlementReported(Booking b, Instant now) {
        em.createNativeQuery("UPDATE bookings SET settlement_reported_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, b.id())
                .executeUpdate();
    }

    private List<Booking> lockedByIds(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> longs = ids.stream().map(i -> ((Number) i).longValue()).toList();
        // the rows are already locked by this transaction; this only loads them
        return em.createQuery("SELECT b FROM Booking b WHERE b.id IN :ids ORDER BY b.id", Booking.class)
                .setParameter("ids", longs)
                .getResultList();
    }

    /** The caller's bookings (as traveler or as the package's provider), newest first, keyset by id. */
    public List<Booking> list(UUID userId, boolean asProvider, BookingStatus status, Long beforeId, int limit) {
        // a provider sees a booking once it was held: a traveler's quotes are the traveler's own business
        String who = asProvider ? "b.providerOwnerId = :u AND b.holdDeadline IS NOT NULL" : "b.travelerId = :u";
        TypedQuery<Booking> q = em.createQuery(
                        "SELECT b FROM Booking b WHERE " + who
                                + (status == null ? "" : " AND b.status = :s")
                                + (beforeId == null ? "" : " AND b.id < :before")
                                + " ORDER BY b.id DESC",
                        Booking.class)
                .setParameter("u", userId);
        if (status != null) {
            q.setParameter("s", status);
        }
        if (beforeId != null) {
            q.setParameter("before", beforeId);
        }
        return q.setMaxResults(limit + 1).getResultList();
    }

    public List<BookingEvent> events(Booking b) {
        return em.createQuery("SELECT e FROM BookingEvent e WHERE e.booking = :b ORDER BY e.id", BookingEvent.class)
                .setParameter("b", b)
                .getResultList();
    }
}
