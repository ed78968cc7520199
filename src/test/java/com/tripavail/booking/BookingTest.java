package com.tripavail.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.catalog.Bookable;
import com.tripavail.catalog.CancellationPolicy;
import com.tripavail.platform.money.Money;
import com.tripavail.platform.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Bookable hotel = new Bookable(
            "HOTEL",
            1,
            UUID.randomUUID(),
            2,
            UUID.randomUUID(),
            "Stay",
            10_000,
            "EUR",
            2,
            1,
            0,
            "PT",
            ZoneId.of("Europe/Lisbon"),
            new CancellationPolicy(CancellationPolicy.Kind.FREE, 7, null));

    private Booking quote() {
        PriceSnapshot price = new Pricing("PT:6", "3", "15").hotel(10_000, "EUR", 2, 1, "PT");
        return new Booking(
                UUID.randomUUID(),
                hotel,
                null,
                LocalDate.parse("2026-12-10"),
                LocalDate.parse("2026-12-12"),
                1,
                2,
                price,
                now.plus(Duration.ofMinutes(30)),
                now);
    }

    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    void aQuoteCanBeHeldOnlyBeforeItExpires() {
        Booking b = quote();
        assertThat(code(() -> b.hold(now.plusSeconds(3600), now.plus(Duration.ofMinutes(31)), "t")))
                .isEqualTo("quote_expired");
        BookingEvent e = b.hold(now.plusSeconds(900), now, "t");
        assertThat(e.from()).isEqualTo(BookingStatus.QUOTE);
        assertThat(b.status()).isEqualTo(BookingStatus.HOLD);
    }

    @Test
    void anExpiredHoldIsNeverConfirmableNorCancellable() {
        Booking b = quote();
        b.hold(now.plusSeconds(900), now, "t");
        Instant late = now.plusSeconds(900);
        assertThat(b.isHoldExpired(late)).isTrue();
        assertThat(code(() -> b.startPayment(late.plusSeconds(600), late, "t"))).isEqualTo("hold_expired");
        assertThat(code(() -> b.cancel(0, late, "t", null))).isEqualTo("hold_expired");
        b.expire(late, "job");
        assertThat(b.status()).isEqualTo(BookingStatus.EXPIRED_HOLD);
        assertThat(code(() -> b.cancel(0, late, "t", null))).isEqualTo("invalid_transition");
    }

    @Test
    void theHoldCoversThePaymentWindowAndADeclineRestoresItsOwnDeadline() {
        Booking b = quote();
        b.hold(now.plusSeconds(60), now, "t");
        b.startPayment(now.plusSeconds(600), now, "t");
        assertThat(b.holdExpiresAt()).isEqualTo(now.plusSeconds(600));
        b.paymentDeclined(now, "t", "declined");
        assertThat(b.holdExpiresAt()).isEqualTo(now.plusSeconds(60));
        assertThat(b.status()).isEqualTo(BookingStatus.HOLD);
    }

    @Test
    void cancellationDaysCountInThePropertysZoneAndSnapshotsSurvive() {
        Booking b = quote();
        assertThat(b.daysBeforeStart(Instant.parse("2026-12-02T23:30:00Z"))).isEqualTo(8);
        assertThat(b.price().totalMinor()).isEqualTo(21_800);
        assertThat(b.price().lines()).hasSize(3);
        assertThat(b.policy().refundFor(b.total(), 8)).isEqualTo(Money.of(21_800, "EUR"));
        assertThatThrownBy(() -> b.confirm(0, now, "t")).isInstanceOf(DomainException.class);
    }

    @Test
    void aRefusedChangeLeavesTheBookingAsItWas() {
        Booking b = quote();
        b.hold(now.plusSeconds(900), now, "t");
        assertThatThrownBy(() -> b.expire(now, "job"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has not expired");
        assertThat(b.status()).isEqualTo(BookingStatus.HOLD);
        assertThat(b.holdExpiresAt()).isEqualTo(now.plusSeconds(900));

        assertThatThrownBy(() -> b.cancel(b.totalMinor() + 1, now, "t", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refund out of range");
        assertThatThrownBy(() -> b.cancel(-1, now, "t", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.status()).isEqualTo(BookingStatus.HOLD);
        assertThat(b.refundedMinor()).isZero();

        b.startPayment(now.plusSeconds(600), now, "t");
        assertThatThrownBy(() -> b.confirm(b.subtotalMinor() + 1, now, "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commission out of range");
        assertThatThrownBy(() -> b.confirm(-1, now, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.status()).isEqualTo(BookingStatus.PAYMENT);
        assertThat(b.commissionMinor()).isZero();
        b.confirm(b.subtotalMinor(), now, "t");
        assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(b.commissionMinor()).isEqualTo(b.subtotalMinor());
    }

    @Test
    void aPriceWhosePartsDoNotAddUpIsRefused() {
        var line = java.util.List.of(new PriceSnapshot.Line("room", 100));
        assertThatThrownBy(() -> new PriceSnapshot("EUR", line, 100, 6, 3, 108))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inconsistent price snapshot");
        assertThatThrownBy(() -> new PriceSnapshot("EUR", line, -1, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PriceSnapshot("EUR", line, 100, 6, 3, 109).totalMinor()).isEqualTo(109);
    }

    @Test
    void otherUsersReadARoleNeverAnotherUsersId() {
        assertThat(BookingDtos.EventView.publicActor("user:" + UUID.randomUUID()))
                .isEqualTo("traveler");
        assertThat(BookingDtos.EventView.publicActor("admin:" + UUID.randomUUID()))
                .isEqualTo("admin");
        assertThat(BookingDtos.EventView.publicActor("system:hold-expiry")).isEqualTo("system:hold-expiry");
        assertThat(BookingDtos.EventView.publicActor(null)).isNull();
    }
}
