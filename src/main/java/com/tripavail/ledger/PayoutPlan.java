package com.tripavail.ledger;

import com.tripavail.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one payout will pay: a provider's available bookings in one currency. {@link #plan} is the
 * scheduling rule, free of the database: per currency, all available bookings together, and only
 * once their sum reaches the minimum.
 */
public record PayoutPlan(String currency, List<Item> bookings) {
    /** A settled booking not in any live payout, with the provider's net share of it (charge minus refunds). */
    public record Item(long bookingId, UUID bookingPublicId, Money amount) {
        public Item {
            Objects.requireNonNull(bookingPublicId);
            Objects.requireNonNull(amount);
            if (amount.minor() <= 0) {
                throw new IllegalArgumentException("only a positive share is paid out");
            }
        }

        public String currency() {
            return amount.currency();
        }
    }

    public PayoutPlan {
        Objects.requireNonNull(currency);
        bookings = List.copyOf(bookings);
        if (bookings.isEmpty() || bookings.stream().anyMatch(b -> !b.currency().equals(currency))) {
            throw new IllegalArgumentException("a payout pays bookings of its own currency");
        }
    }

    public Money amount() {
        return bookings.stream().map(Item::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** One plan per currency whose available sum reaches {@code minimumMinor}, in currency order. */
    public static List<PayoutPlan> plan(List<Item> available, long minimumMinor) {
        Map<String, List<Item>> byCurrency = new TreeMap<>();
        available.forEach(i ->
                byCurrency.computeIfAbsent(i.currency(), c -> new ArrayList<>()).add(i));
        List<PayoutPlan> plans = new ArrayList<>();
        byCurrency.forEach((currency, items) -> {
            PayoutPlan candidate = new PayoutPlan(currency, items);
            if (candidate.amount().minor() >= minimumMinor) {
                plans.add(candidate);
            }
        });
        return plans;
    }
}
