package com.tripavail.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PayoutPlanTest {
    private static long nextId = 1;

    private static PayoutPlan.Item item(String currency, long amount) {
        return new PayoutPlan.Item(nextId++, UUID.randomUUID(), Money.of(amount, currency));
    }

    @Test
    void oneSumPerCurrencyOnlyOnceItReachesTheMinimum() {
        List<PayoutPlan.Item> available =
                List.of(item("EUR", 2_550), item("USD", 9_000), item("EUR", 2_550), item("GBP", 4_999));
        List<PayoutPlan> plans = PayoutPlan.plan(available, 5_000);
        assertThat(plans).extracting(PayoutPlan::currency).containsExactly("EUR", "USD");
        assertThat(plans.get(0).amount()).isEqualTo(Money.of(5_100, "EUR"));
        assertThat(plans.get(0).bookings()).hasSize(2);
        assertThat(plans.get(1).amount()).isEqualTo(Money.of(9_000, "USD"));
    }

    @Test
    void belowTheMinimumNothingIsPlanned() {
        assertThat(PayoutPlan.plan(List.of(item("EUR", 4_999)), 5_000)).isEmpty();
        assertThat(PayoutPlan.plan(List.of(), 1)).isEmpty();
        assertThat(PayoutPlan.plan(List.of(item("EUR", 5_000)), 5_000)).hasSize(1);
    }

    @Test
    void aPlanPaysPositiveSharesOfItsOwnCurrencyOnly() {
        assertThatThrownBy(() -> item("EUR", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayoutPlan("EUR", List.of(item("USD", 10))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayoutPlan("EUR", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void everyAvailableBookingIsInAtMostOnePlanAndPlansAddUp(
            @ForAll @Size(max = 40) List<@LongRange(min = 1, max = 20_000) Long> amounts,
            @ForAll @LongRange(min = 1, max = 100_000) long minimum) {
        List<PayoutPlan.Item> available = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            available.add(item(i % 3 == 0 ? "USD" : "EUR", amounts.get(i)));
        }
        List<PayoutPlan> plans = PayoutPlan.plan(available, minimum);
        List<Long> planned = plans.stream()
                .flatMap(p -> p.bookings().stream())
                .map(PayoutPlan.Item::bookingId)
                .toList();
        assertThat(planned).doesNotHaveDuplicates();
        plans.forEach(p -> assertThat(p.amount().minor()).isGreaterThanOrEqualTo(minimum));
        for (String currency : List.of("EUR", "USD")) {
            long sum = available.stream()
                    .filter(i -> i.currency().equals(currency))
                    .mapToLong(i -> i.amount().minor())
                    .sum();
            boolean planned1 = plans.stream().anyMatch(p -> p.currency().equals(currency));
            assertThat(planned1).isEqualTo(sum >= minimum && sum > 0);
        }
    }
}
