package com.tripavail.notification;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The facts of a row enqueued by the release before payloads (its payload is empty, or a payout's
 * without its reason): read from the producers' tables as that release did. Only for rows written
 * during a blue-green roll-out from that release; delete this class in the release after (expand,
 * then contract: docs/notifications.md).
 */
final class LegacyOutboxFacts {
    private LegacyOutboxFacts() {}

    static Optional<BookingFacts> booking(EntityManager em, UUID bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.public_id, COALESCE(hp.title, tp.title), b.start_date,"
                        + " b.end_date, b.total_minor, b.currency FROM bookings b"
                        + " LEFT JOIN hotel_packages hp ON b.package_type = 'HOTEL' AND hp.id = b.package_id"
                        + " LEFT JOIN tour_packages tp ON b.package_type = 'TOUR' AND tp.id = b.package_id"
                        + " WHERE b.public_id = ?1")
                .setParameter(1, bookingId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new BookingFacts(
                        UUID.fromString(r[0].toString()),
                        (String) r[1],
                        ((Date) r[2]).toLocalDate(),
                        ((Date) r[3]).toLocalDate(),
                        ((Number) r[4]).longValue(),
                        ((String) r[5]).trim()));
    }

    static Optional<PayoutFacts> payout(EntityManager em, UUID payoutId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT amount_minor, currency, failure_reason FROM payouts WHERE public_id = ?1")
                .setParameter(1, payoutId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new PayoutFacts(((Number) r[0]).longValue(), ((String) r[1]).trim(), (String) r[2]));
    }
}
