package com.tripavail.booking;

import com.tripavail.booking.BookingDtos.BookingView;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
import com.tripavail.platform.idempotency.IdempotentOutcome;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Confirm: open the payment (committed), charge outside any transaction, apply the answer
 * (committed), then tell the client. No row lock is held while the gateway works.
 */
@ApplicationScoped
public class Checkout {
    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentService payments;

    @Inject
    IdempotentOutcome outcome;

    public record Result(boolean pending, BookingView booking) {}

    /** What the client is told: a result, or a refusal after the fact (the decline did commit). */
    private record Answer(Result result, DomainException refusal) {
        void record(IdempotentOutcome outcome) {
            if (refusal != null) {
                outcome.recordProblem(refusal);
            } else {
                outcome.record(result.pending() ? 202 : 200, result.booking());
            }
        }
    }

    public Result confirm(BookingService.Caller caller, UUID bookingId, String method, String attemptKey) {
        PaymentSettlement.Opened opened = settlement.open(caller, bookingId, method, attemptKey);
        GatewayResult answer = payments.charge(opened.paymentId(), opened.amountMinor(), opened.currency(), method);
        // the answer is stored with the settlement, in its transaction: a retry replays it
        PaymentSettlement.Settled settled = settlement.settle(
                opened.paymentId(),
                answer,
                caller.actor(),
                s -> answer(s, answer).record(outcome));
        Answer a = answer(settled, answer);
        if (a.refusal() != null) {
            throw a.refusal();
        }
        return a.result();
    }

    private static Answer answer(PaymentSettlement.Settled settled, GatewayResult answer) {
        return switch (settled.outcome()) {
            case CONFIRMED -> new Answer(new Result(false, BookingView.of(settled.booking())), null);
            case PENDING, ALREADY_APPLIED ->
                new Answer(
                        new Result(
                                settled.booking().status() == BookingStatus.PAYMENT, BookingView.of(settled.booking())),
                        null);
            case DECLINED ->
                new Answer(
                        null,
                        new DomainException(
                                402,
                                "payment_declined",
                                "The payment was declined"
                                        + (answer.failure() == null ? "" : " (" + answer.failure() + ")")
                                        + "; the hold stays until "
                                        + settled.booking().holdExpiresAt()));
            case REFUNDED_LATE ->
                new Answer(
                        null,
                        DomainException.conflict(
                                "hold_expired",
                                "The hold ended before the payment completed; the payment was refunded"));
        };
    }
}
