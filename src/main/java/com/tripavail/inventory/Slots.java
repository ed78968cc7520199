package com.tripavail.inventory;

import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The inventory rows a booking takes, whatever the package kind: the nights {@code [from, to)} of a
 * hotel package (one {@code hotel_nights} row each) or one tour departure (one {@code tour_departures}
 * row; {@code from}/{@code to} are null). The kinds differ only in the {@link Table} data. A hold
 * reserves the slots {@link #each() one at a time in ascending lock order}; a counter move takes them
 * all in one statement.
 */
public record Slots(Table table, long key, LocalDate from, LocalDate to) {

    /**
     * Where slots live and how their rows are addressed: {@code oneSlot} one row ({@code ?2} the key,
     * {@code ?3} the night), {@code allSlots} every row of the slots ({@code ?4} the end of the nights).
     */
    public record Table(String name, String oneSlot, String allSlots) {
        public static final Table HOTEL_NIGHTS = new Table(
                "hotel_nights", "package_id = ?2 AND night = ?3", "package_id = ?2 AND night >= ?3 AND night < ?4");
        public static final Table TOUR_DEPARTURES = new Table("tour_departures", "id = ?2", "id = ?2");
    }

    /** The slots of a booking: its departure when it has one, else the nights it covers. */
    public static Slots of(long packageId, Long departureId, LocalDate from, LocalDate to) {
        return departureId == null
                ? new Slots(Table.HOTEL_NIGHTS, packageId, from, to)
                : new Slots(Table.TOUR_DEPARTURES, departureId, null, null);
    }

    /** How many inventory rows these slots are. */
    public long count() {
        return from == null ? 1 : ChronoUnit.DAYS.between(from, to);
    }

    /** Each slot on its own, in ascending lock order (nights ascending; a departure is one slot). */
    public List<Slots> each() {
        return from == null
                ? List.of(this)
                : from.datesUntil(to)
                        .map(night -> new Slots(table, key, night, night.plusDays(1)))
                        .toList();
    }

    /** Binds the key and (for a night) the night to {@link Table#oneSlot()}: {@code ?2}, {@code ?3}. */
    Query bindOne(Query q) {
        q.setParameter(2, key);
        return from == null ? q : q.setParameter(3, Date.valueOf(from));
    }

    /** Binds the key and (for nights) the range to {@link Table#allSlots()}: {@code ?2}, {@code ?3}, {@code ?4}. */
    Query bindAll(Query q) {
        bindOne(q);
        return from == null ? q : q.setParameter(4, Date.valueOf(to));
    }
}
