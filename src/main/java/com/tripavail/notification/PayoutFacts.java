package com.tripavail.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** What a payout notification says about its payout (the reason only when it failed): filled by ledger. */
public record PayoutFacts(long amountMinor, String currency, String failureReason) {

    JsonObject toJson() {
        JsonObjectBuilder b =
                Json.createObjectBuilder().add("amountMinor", amountMinor).add("currency", currency);
        if (failureReason != null) {
            b.add("failureReason", failureReason);
        }
        return b.build();
    }

    static PayoutFacts fromJson(JsonObject o) {
        return new PayoutFacts(
                o.getJsonNumber("amountMinor").longValueExact(),
                o.getString("currency"),
                o.getString("failureReason", null));
    }
}
