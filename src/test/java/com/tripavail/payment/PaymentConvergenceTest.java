package com.tripavail.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentGateway.GatewayResult.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The payment side of docs/payments.md's table: the gateway's final word wins, whatever the order. */
class PaymentConvergenceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Payment pending() {
        return new Payment(1L, Payment.Kind.CHARGE, "k", "test", "pm_card_async", 1000, "EUR", NOW);
    }

    private static GatewayResult says(Outcome o) {
        return new GatewayResult(o, "ch_1", o == Outcome.SUCCEEDED ? null : "why");
    }

    @Test
    void aFailureThenASuccessEndsSucceeded() {
        Payment p = pending();
        p.apply(says(Outcome.DECLINED), NOW);
        assertThat(p.status()).isEqualTo(PaymentStatus.DECLINED);
        p.apply(says(Outcome.SUCCEEDED), NOW);
        assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(p.failure()).isNull();
    }

    @Test
    void aSuccessThenAFailureStaysSucceeded() {
        Payment p = pending();
        p.apply(says(Outcome.SUCCEEDED), NOW);
        p.apply(says(Outcome.FAILED), NOW);
        p.apply(says(Outcome.DECLINED), NOW);
        assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void noAnswerIsNeverAVerdict() {
        Payment p = pending();
        p.apply(GatewayResult.unknown("timeout"), NOW);
        p.apply(says(Outcome.PENDING), NOW);
        assertThat(p.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(p.gatewayRef()).isEqualTo("ch_1");
    }

    @Test
    void aRefundIsFinal() {
        Payment p = pending();
        p.apply(says(Outcome.SUCCEEDED), NOW);
        p.markRefunded(NOW);
        p.apply(says(Outcome.SUCCEEDED), NOW);
        p.apply(says(Outcome.FAILED), NOW);
        assertThat(p.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void testCardsAreRecognisedAndAnythingElseDeclines() {
        assertThat(TestCard.of("pm_card_slow")).isEqualTo(TestCard.SLOW);
        assertThat(TestCard.of("pm_card_capture_no_answer").answer()).isEqualTo(TestCard.Answer.NO_ANSWER);
        assertThat(TestCard.of("")).isEqualTo(TestCard.UNKNOWN);
        assertThat(TestCard.of(null)).isEqualTo(TestCard.UNKNOWN);
        assertThat(TestCard.of("pm_card_nope").status()).isEqualTo("DECLINED");
    }
}
