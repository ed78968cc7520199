package com.tripavail.inventory;

import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Sets and reads inventory with single SQL statements: the conditional upsert refuses to lower a
 * total below what is already held plus sold, and the check constraints back that up.
 */
@ApplicationScoped
public class InventoryService {
    public static final int MAX_RANGE_NIGHTS = 366;
    /** How far ahead inventory may be offered: two years, so a typo'd year is refused, not sold. */
    public static final int MAX_DAYS_AHEAD = 731;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    /** Rooms available per night in {@code [from, to)}; {@code today} is the property's own date. */
    @Transactional
    public int setHotelNights(long packageId, LocalDate from, LocalDate to, int units, LocalDate today) {
        long nights = checkRange(from, to, today);
        int changed = em.createNativeQuery("""
                INSERT INTO hotel_nights (package_id, night, total, held, sold)
                SELECT ?1, d::date, ?2, 0, 0 FROM generate_series(?3::date, ?4::date - 1, interval '1 day') AS d
                ON CONFLICT (package_id, night) DO UPDATE SET total = EXCLUDED.total
                WHERE hotel_nights.held + hotel_nights.sold <= EXCLUDED.total
                """)
                .setParameter(1, packageId)
                .setParameter(2, units)
                .setParameter(3, Date.valueOf(from))
                .setParameter(4, Date.valueOf(to))
                .executeUpdate();
        if (changed < nights) {
            throw DomainException.conflict(
                    "inventory_below_committed",
                    "Some nights already have more rooms held or sold than " + units + "; nothing was changed");
        }
        return changed;
    }

    @Transactional
    public UUID setDeparture(long packageId, LocalDate date, int seats, LocalDate today) {
        requireBetweenTodayAndHorizon("date", date, "date", date, today, "where the tour starts");
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                INSERT INTO tour_departures (id, public_id, package_id, departure_date, total, held, sold)
                VALUES (nextval('tripavail_id_seq'), ?1, ?2, ?3, ?4, 0, 0)
                ON CONFLICT (package_id, departure_date) DO UPDATE SET total = EXCLUDED.total
                WHERE tour_departures.held + tour_departures.sold <= EXCLUDED.total
                RETURNING public_id
                """)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, packageId)
                .setParameter(3, Date.valueOf(date))
                .setParameter(4, seats)
                .getResultList();
        if (ids.isEmpty()) {
            throw DomainException.conflict(
                    "inventory_below_committed",
                    "The departure already has more seats held or sold than " + seats + "; nothing was changed");
        }
        return (UUID) ids.get(0);
    }

    /** Every night of {@code [from, to)}, a night without inventory as 0 of 0. */
    public List<NightAvailability> hotelNights(long packageId, LocalDate from, LocalDate to) {
        checkRange(from, to, null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d::date, COALESCE(n.total, 0), COALESCE(n.total - n.held - n.sold, 0)
                FROM generate_series(?2::date, ?3::date - 1, interval '1 day') AS d
                LEFT JOIN hotel_nights n ON n.package_id = ?1 AND n.night = d::date
                ORDER BY d
                """)
                .setParameter(1, packageId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream()
                .map(r -> new NightAvailability(
                        ((Date) r[0]).toLocalDate(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
    }

    public List<DepartureAvailability> departures(long packageId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT public_id, departure_date, total, total - held - sold FROM tour_departures
                WHERE package_id = ?1 AND departure_date >= ?2 AND departure_date < ?3 ORDER BY departure_date
                """)
                .setParameter(1, packageId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
        return rows.stream()
                .map(r -> new DepartureAvailability(
                        r[0].toString(),
                        ((Date) r[1]).toLocalDate(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue()))
                .toList();
    }

    /** Which counters a move takes units from and to. */
    public enum Counter {
        HELD_TO_NOTHING,
        NOTHING_TO_HELD,
        HELD_TO_SOLD,
        SOLD_TO_NOTHING
    }

    /**
     * Reserves {@code units} on one slot (a night or a departure): one conditional UPDATE, one round
     * trip; false when the slot has fewer free units (or no row). Callers go through a booking's
     * {@link Slots#each() slots} in ascending order.
     */
    public boolean reserve(Slots slot, int units) {
        if (slot.count() != 1) {
            throw new IllegalArgumentException("One slot at a time: " + slot);
        }
        return slot.bindOne(em.createNativeQuery("UPDATE " + slot.table().name() + " SET held = held + ?1 WHERE "
                                + slot.table().oneSlot() + " AND total - held - sold >= ?1"))
                        .setParameter(1, units)
                        .executeUpdate()
                == 1;
    }

    /** Moves {@code units} of every slot between counters in one statement; fails loudly when a row is missing. */
    public void move(Slots slots, int units, Counter move) {
        int changed = slots.bindAll(
                        em.createNativeQuery("UPDATE " + slots.table().name() + " SET " + assignments(move) + " WHERE "
                                + slots.table().allSlots()))
                .setParameter(1, units)
                .executeUpdate();
        if (changed != slots.count()) {
            throw new IllegalStateException("Inventory rows missing: " + slots);
        }
    }

    /** The internal id of a tour's departure on {@code date}, if there is one. */
    public java.util.Optional<Long> departureId(long packageId, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "SELECT id FROM tour_departures WHERE package_id = ?1 AND departure_date = ?2")
                .setParameter(1, packageId)
                .setParameter(2, Date.valueOf(date))
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private static String assignments(Counter move) {
        return switch (move) {
            case NOTHING_TO_HELD -> "held = held + ?1";
            case HELD_TO_NOTHING -> "held = held - ?1";
            case HELD_TO_SOLD -> "held = held - ?1, sold = sold + ?1";
            case SOLD_TO_NOTHING -> "sold = sold - ?1";
        };
    }

    private static long checkRange(LocalDate from, LocalDate to, LocalDate today) {
        long nights = ChronoUnit.DAYS.between(from, to);
        if (nights < 1) {
            throw DomainException.invalidField("to", "must be after from");
        }
        if (nights > MAX_RANGE_NIGHTS) {
            throw DomainException.invalidField("to", "a range covers at most " + MAX_RANGE_NIGHTS + " nights");
        }
        requireBetweenTodayAndHorizon("from", from, "to", to, today, "at the property");
        return nights;
    }

    /** Inventory is offered from the place's today ({@code null}: not checked) to the horizon. */
    private static void requireBetweenTodayAndHorizon(
            String firstField, LocalDate first, String lastField, LocalDate last, LocalDate today, String where) {
        if (today == null) {
            return;
        }
        if (first.isBefore(today)) {
            throw DomainException.invalidField(firstField, "must not be in the past (" + today + " " + where + ")");
        }
        if (last.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw DomainException.invalidField(lastField, "must be within " + MAX_DAYS_AHEAD + " days from today");
        }
    }
}
