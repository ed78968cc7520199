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
        GatewayResult answer = payments.charge(opened.paymentId(), opened.amount(), method);
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
            case PENDING -> inFlight(settled);
            case ALREADY_APPLIED -> alreadyApplied(settled, answer);
            case DECLINED -> declined(settled, answer);
            case REFUNDED_UNAVAILABLE -> unavailable();
            case REFUNDED_LATE -> late();
        };
    }

    /**
     * The gateway's word on this charge was applied before this request got to it (a webhook, the
     * reconciliation job, or the attempt whose answer was lost): the client hears what it meant.
     */
    private static Answer alreadyApplied(PaymentSettlement.Settled settled, GatewayResult answer) {
        BookingStatus booking = settled.booking().status();
        return switch (settled.payment()) {
            case DECLINED, FAILED -> declined(settled, answer);
            case REFUNDED ->
                booking == BookingStatus.CONFIRMED || booking == BookingStatus.COMPLETED
                        ? inFlight(settled) // paid by another attempt; this charge was returned
                        : booking == BookingStatus.CANCELLED ? unavailable() : late();
            case PENDING, SUCCEEDED -> inFlight(settled);
        };
    }

    private static Answer inFlight(PaymentSettlement.Settled settled) {
        return new Answer(
                new Result(settled.booking().status() == BookingStatus.PAYMENT, BookingView.of(settled.booking())),
                null);
    }

    private static Answer declined(PaymentSettlement.Settled settled, GatewayResult answer) {
        return new Answer(
                null,
                new DomainException(
                        402,
                        "payment_declined",
                        "The payment was declined"
                                + (answer.failure() == null ? "" : " (" + answer.failure() + ")")
                                + "; the hold stays until "
                                + settled.booking().holdExpiresAt()));
    }

    private static Answer unavailable() {
        return new Answer(
                null,
                DomainException.conflict(
                        "package_unavailable",
                        "The package stopped being sold while the payment was in flight; the booking is"
                                + " cancelled and the payment refunded in full"));
    }

    private static Answer late() {
        return new Answer(
                null,
                DomainException.conflict(
                        "hold_expired", "The hold ended before the payment completed; the payment was refunded"));
    }
}
