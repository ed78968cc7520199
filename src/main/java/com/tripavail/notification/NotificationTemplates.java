package com.tripavail.notification;

import com.tripavail.platform.money.Money;
import java.util.Locale;

/** The words of each notification kind. Plain text: no markup to escape, nothing a mail client runs. */
final class NotificationTemplates {
    private NotificationTemplates() {}

    static RenderedMessage render(NotificationKind kind, String recipientName, BookingFacts b) {
        return render(kind, kind.name(), recipientName, b, null);
    }

    static RenderedMessage render(NotificationKind kind, String recipientName, PayoutFacts p) {
        return render(kind, kind.name(), recipientName, null, p);
    }

    /** {@code kind} null: a kind this release does not know ({@code storedKind}), told in general words. */
    static RenderedMessage render(
            NotificationKind kind, String storedKind, String recipientName, BookingFacts b, PayoutFacts p) {
        String greeting =
                "Hello " + (recipientName == null || recipientName.isBlank() ? "traveller" : recipientName) + ",\n\n";
        String facts = b == null
                ? ""
                : "\n\n" + b.packageTitle() + "\n" + b.start() + " to " + b.end() + "\nTotal: "
                        + money(b.totalMinor(), b.currency()) + "\nBooking reference: " + b.reference();
        String title = b == null ? "" : ": " + b.packageTitle();
        if (kind == null) {
            return new RenderedMessage(
                    "TripAvail: " + storedKind.toLowerCase(Locale.ROOT).replace('_', ' '),
                    greeting + "there is news about your account." + facts + "\n\nTripAvail");
        }
        return switch (kind) {
            case BOOKING_CONFIRMED ->
                new RenderedMessage(
                        "Your booking is confirmed" + title,
                        greeting + "your booking is confirmed." + facts + "\n\nHave a good trip,\nTripAvail");
            case BOOKING_CANCELLED ->
                new RenderedMessage(
                        "Your booking was cancelled" + title,
                        greeting
                                + "your booking was cancelled. Any refund due goes back to your original payment method."
                                + facts + "\n\nTripAvail");
            case BOOKING_HOLD_EXPIRED ->
                new RenderedMessage(
                        "Your hold has expired" + title,
                        greeting
                                + "the rooms or seats we held for you were released because payment did not complete in time."
                                + facts + "\n\nTripAvail");
            case PAYOUT_PAID ->
                new RenderedMessage(
                        "Your payout" + amount(p) + " is on its way",
                        greeting + "we sent your payout" + amount(p)
                                + " to your payout destination. Banks usually credit"
                                + " it within a few business days.\n\nTripAvail");
            case PAYOUT_FAILED ->
                new RenderedMessage(
                        "Your payout" + amount(p) + " could not be sent",
                        greeting + "your bank refused the payout" + amount(p)
                                + (p == null ? "" : " (" + p.failureReason() + ")")
                                + ". The money is in your available balance again; payouts resume once you update your"
                                + " payout destination.\n\nTripAvail");
        };
    }

    private static String amount(PayoutFacts p) {
        return p == null ? "" : " of " + money(p.amountMinor(), p.currency());
    }

    static String money(long minor, String currency) {
        return currency + " " + Money.of(minor, currency).toPlainString();
    }
}
