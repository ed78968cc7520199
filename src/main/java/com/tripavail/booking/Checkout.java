package com.tripavail.booking;

import com.tripavail.booking.BookingDtos.BookingView;
import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.payment.PaymentService;
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

    public record Result(boolean pending, BookingView booking) {}

    public Result confirm(BookingService.Caller caller, UUID bookingId, String method, String attemptKey) {
        PaymentSettlement.Opened opened = settlement.open(caller, bookingId, method, attemptKey);
        GatewayResult answer = payments.charge(opened.paymentId(), opened.amountMinor(), opened.currency(), method);
        PaymentSettlement.Settled settled = settlement.settle(opened.paymentId(), answer, caller.actor());
        return switch (settled.outcome()) {
            case CONFIRMED -> new Result(false, BookingView.of(settled.booking()));
            case PENDING, ALREADY_APPLIED ->
                new Result(settled.booking().status() == BookingStatus.PAYMENT, BookingView.of(settled.booking()));
            case DECLINED ->
                throw new DomainException(
                        402,
                        "payment_declined",
                        "The payment was declined" + (answer.failure() == null ? "" : " (" + answer.failure() + ")")
                                + "; the hold stays until " + settled.booking().holdExpiresAt());
            case REFUNDED_UNAVAILABLE ->
                throw DomainException.conflict(
                        "package_unavailable",
                        "The package stopped being sold while the payment was in flight; the booking is cancelled"
                                + " and the payment refunded in full");
            case REFUNDED_LATE ->
                throw DomainException.conflict(
                        "hold_expired", "The hold ended before the payment completed; the payment was refunded");
        };
    }
}
