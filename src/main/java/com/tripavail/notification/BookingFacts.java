package com.tripavail.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;

/** What a booking notification says about its booking: filled by booking when it enqueues one. */
public record BookingFacts(
        UUID reference, String packageTitle, LocalDate start, LocalDate end, long totalMinor, String currency) {

    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("reference", reference.toString())
                .add("packageTitle", packageTitle)
                .add("start", start.toString())
                .add("end", end.toString())
                .add("totalMinor", totalMinor)
                .add("currency", currency)
                .build();
    }

    static BookingFacts fromJson(JsonObject o) {
        return new BookingFacts(
                UUID.fromString(o.getString("reference")),
                o.getString("packageTitle"),
                LocalDate.parse(o.getString("start")),
                LocalDate.parse(o.getString("end")),
                o.getJsonNumber("totalMinor").longValueExact(),
                o.getString("currency"));
    }
}
