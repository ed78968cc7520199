package com.tripavail.booking;

import static com.tripavail.booking.BookingStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingStatusTest {
    @Test
    void onlyTheContractsTransitionsAreLegal() {
        assertThat(legalFrom(QUOTE)).containsExactlyInAnyOrder(HOLD, CANCELLED);
        assertThat(legalFrom(HOLD)).containsExactlyInAnyOrder(PAYMENT, CANCELLED, EXPIRED_HOLD);
        assertThat(legalFrom(PAYMENT)).containsExactlyInAnyOrder(CONFIRMED, HOLD, CANCELLED, EXPIRED_HOLD);
        assertThat(legalFrom(CONFIRMED)).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
        assertThat(legalFrom(COMPLETED)).isEmpty();
        assertThat(legalFrom(CANCELLED)).isEmpty();
        assertThat(legalFrom(EXPIRED_HOLD)).isEmpty();
    }

    @Test
    void onlyHoldAndPaymentKeepRoomsHeld() {
        assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::holdsInventory))
                .containsExactlyInAnyOrder(HOLD, PAYMENT);
    }

    private static Set<BookingStatus> legalFrom(BookingStatus from) {
        Set<BookingStatus> legal = EnumSet.noneOf(BookingStatus.class);
        for (BookingStatus to : BookingStatus.values()) {
            if (from.canTransitionTo(to)) {
                legal.add(to);
            }
        }
        return legal;
    }
}
