package com.tripavail.booking;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.StringReader;

/**
 * A {@link PriceSnapshot} as a booking stores it: the amounts in their columns, the printed lines as
 * JSON. Written once with the quote, never updated, never recomputed (the currency is the booking's).
 */
@Embeddable
public class StoredPrice {
    @Column(name = "price_lines", nullable = false, updatable = false)
    private String lines;

    @Column(name = "subtotal_minor", nullable = false, updatable = false)
    private long subtotalMinor;

    @Column(name = "taxes_minor", nullable = false, updatable = false)
    private long taxesMinor;

    @Column(name = "fees_minor", nullable = false, updatable = false)
    private long feesMinor;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    protected StoredPrice() {
        // JPA
    }

    StoredPrice(PriceSnapshot price) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        price.lines()
                .forEach(l ->
                        a.add(Json.createObjectBuilder().add("label", l.label()).add("amountMinor", l.amountMinor())));
        this.lines = a.build().toString();
        this.subtotalMinor = price.subtotalMinor();
        this.taxesMinor = price.taxesMinor();
        this.feesMinor = price.feesMinor();
        this.totalMinor = price.totalMinor();
    }

    PriceSnapshot snapshot(String currency) {
        var parsed = Json.createReader(new StringReader(lines)).readArray().stream()
                .map(v -> (JsonObject) v)
                .map(o -> new PriceSnapshot.Line(
                        o.getString("label"), o.getJsonNumber("amountMinor").longValue()))
                .toList();
        return new PriceSnapshot(currency, parsed, subtotalMinor, taxesMinor, feesMinor, totalMinor);
    }

    long subtotalMinor() {
        return subtotalMinor;
    }

    long taxesMinor() {
        return taxesMinor;
    }

    long feesMinor() {
        return feesMinor;
    }

    long totalMinor() {
        return totalMinor;
    }
}
