package com.tripavail.testenv;

import java.time.LocalDate;
import java.util.List;

/**
 * A traveler's hotel booking through the API, taken as far as a test needs it: {@code
 * Stay.paid(pkg, in, 2, 1)} is a new traveler's confirmed booking of one room for two nights from
 * {@code in}. Each step asserts its own success, so a test reads from where its subject starts.
 */
public record Stay(Accounts.Session traveler, String packageId, String bookingId, LocalDate checkIn) {

    /** {@code traveler}'s quote for {@code rooms} rooms, {@code nights} nights from {@code in}. */
    public static Stay quoted(Accounts.Session traveler, String packageId, LocalDate in, int nights, int rooms) {
        String id = BookingFixtures.quotedHotel(traveler, packageId, in, in.plusDays(nights), rooms);
        return new Stay(traveler, packageId, id, in);
    }

    /** A new traveler's quote. */
    public static Stay quoted(String packageId, LocalDate in, int nights, int rooms) {
        return quoted(Accounts.traveler(), packageId, in, nights, rooms);
    }

    /** A new traveler's quote, held. */
    public static Stay held(String packageId, LocalDate in, int nights, int rooms) {
        return quoted(packageId, in, nights, rooms).hold();
    }

    /** A new traveler's quote, held and paid with a card the test gateway accepts. */
    public static Stay paid(String packageId, LocalDate in, int nights, int rooms) {
        return held(packageId, in, nights, rooms).pay();
    }

    /** Holds this quote (200). */
    public Stay hold() {
        BookingFixtures.hold(traveler, bookingId).then().statusCode(200);
        return this;
    }

    /** Pays this hold with {@code pm_card_ok} (200, confirmed). */
    public Stay pay() {
        BookingFixtures.confirm(traveler, bookingId, "pm_card_ok").then().statusCode(200);
        return this;
    }

    /** The booking's status as its traveler sees it. */
    public String status() {
        return BookingFixtures.status(traveler, bookingId);
    }

    /** Who made each transition, oldest first. */
    public List<String> actors() {
        return BookingFixtures.actors(traveler, bookingId);
    }
}
