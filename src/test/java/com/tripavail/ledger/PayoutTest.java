package com.tripavail.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.money.Money;
import com.tripavail.platform.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static Payout scheduled() {
        PayoutAccount account = new PayoutAccount(7, UUID.randomUUID(), UUID.randomUUID(), "po_bank_ok", NOW);
        return new Payout(
                account,
                new PayoutPlan(
                        "EUR",
                        List.of(
                                new PayoutPlan.Item(1, UUID.randomUUID(), Money.of(2_550, "EUR")),
                                new PayoutPlan.Item(2, UUID.randomUUID(), Money.of(2_550, "EUR")))),
                NOW);
    }

    @Test
    void aScheduledPayoutCarriesItsBookingsSum() {
        Payout p = scheduled();
        assertThat(p.status()).isEqualTo(PayoutStatus.SCHEDULED);
        assertThat(p.amountMinor()).isEqualTo(5_100);
        assertThat(p.bookingCount()).isEqualTo(2);
        assertThat(p.isSendable(NOW, LEASE)).isTrue();
    }

    @Test
    void aSendIsRetriedOnlyAfterItsLeaseAndKeepsItsFirstDestination() {
        Payout p = scheduled();
        p.startSending("po_bank_ok", NOW);
        assertThat(p.isSendable(NOW.plus(Duration.ofMinutes(4)), LEASE)).isFalse();
        assertThat(p.isSendable(NOW.plus(LEASE), LEASE)).isTrue();
        p.startSending("po_bank_other", NOW.plus(LEASE));
        assertThat(p.destination()).isEqualTo("po_bank_ok");
        assertThat(p.attempts()).isEqualTo(2);
        p.paid("po_1", NOW.plus(LEASE));
        assertThat(p.paidAt()).isEqualTo(NOW.plus(LEASE));
        assertThat(p.isSendable(NOW.plus(Duration.ofDays(1)), LEASE)).isFalse();
    }

    @Test
    void onlyASendingPayoutIsPaidOrFailedAndOnlyOnce() {
        Payout p = scheduled();
        assertThatThrownBy(() -> p.paid("po_1", NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("SCHEDULED to PAID");
        p.startSending("po_bank_closed", NOW);
        p.failed("po_1", "account_closed", NOW);
        assertThat(p.failureReason()).isEqualTo("account_closed");
        assertThatThrownBy(() -> p.paid("po_1", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p.startSending("po_bank_ok", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aFailureAlwaysHasAReasonThatFitsItsColumn() {
        Payout p = scheduled();
        p.startSending("x", NOW);
        p.failed(null, "r".repeat(400), NOW);
        assertThat(p.failureReason()).hasSize(300);
        Payout q = scheduled();
        q.startSending("x", NOW);
        q.failed(null, " ", NOW);
        assertThat(q.failureReason()).isEqualTo("unknown");
    }

    @Test
    void anAccountIsPausedByAFailureUntilANewDestinationAndHeldUntilReleased() {
        PayoutAccount a = new PayoutAccount(7, UUID.randomUUID(), UUID.randomUUID(), "po_bank_closed", NOW);
        a.pauseAfterFailure("account_closed", NOW);
        a.hold("fraud review", NOW);
        a.changeDestination("po_bank_ok", NOW);
        assertThat(a.isPayable()).isFalse();
        a.release(NOW);
        assertThat(a.isPayable()).isTrue();
        assertThatThrownBy(() -> a.changeDestination("DE89 3704 0044", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aBalanceSplitsPayableIntoPendingAndAvailable() {
        var balance = PayoutDtos.Balance.of(
                java.util.Map.of("EUR", 8_000L, "USD", 100L),
                java.util.Map.of("EUR", 5_000L),
                java.util.Map.of("EUR", 2_000L));
        assertThat(balance.payable())
                .containsExactly(new PayoutDtos.Amount(8_000, "EUR"), new PayoutDtos.Amount(100, "USD"));
        assertThat(balance.pending())
                .containsExactly(new PayoutDtos.Amount(3_000, "EUR"), new PayoutDtos.Amount(100, "USD"));
        assertThat(balance.available())
                .containsExactly(new PayoutDtos.Amount(5_000, "EUR"), new PayoutDtos.Amount(0, "USD"));
        assertThat(balance.inTransit()).containsExactly(new PayoutDtos.Amount(2_000, "EUR"));
    }
}
