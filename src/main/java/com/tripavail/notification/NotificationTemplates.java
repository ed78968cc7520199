package com.tripavail.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/** The words of each notification kind. Plain text: no markup to escape, nothing a mail client runs. */
final class NotificationTemplates {
    private NotificationTemplates() {}

    /** What a booking notification says about its booking. */
    record BookingFacts(
            String reference, String packageTitle, LocalDate start, LocalDate end, long totalMinor, String currency) {}

    /** What a payout notification says about its payout (the reason only when it failed). */
    record PayoutFacts(long amountMinor, String currency, String failureReason) {}

    static RenderedMessage render(String kind, String recipientName, BookingFacts b) {
        return render(kind, recipientName, b, null);
    }

    static RenderedMessage render(String kind, String recipientName, BookingFacts b, PayoutFacts p) {
        String greeting =
                "Hello " + (recipientName == null || recipientName.isBlank() ? "traveller" : recipientName) + ",\n\n";
        String facts = b == null
                ? ""
                : "\n\n" + b.packageTitle() + "\n" + b.start() + " to " + b.end() + "\nTotal: "
                        + money(b.totalMinor(), b.currency()) + "\nBooking reference: " + b.reference();
        String title = b == null ? "" : ": " + b.packageTitle();
        return switch (kind) {
            case "BOOKING_CONFIRMED" ->
                new RenderedMessage(
                        "Your booking is confirmed" + title,
                        greeting + "your booking is confirmed." + facts + "\n\nHave a good trip,\nTripAvail");
            case "BOOKING_CANCELLED" ->
                new RenderedMessage(
                        "Your booking was cancelled" + title,
                        greeting
                                + "your booking was cancelled. Any refund due goes back to your original payment method."
                                + facts + "\n\nTripAvail");
            case "BOOKING_HOLD_EXPIRED" ->
                new RenderedMessage(
                        "Your hold has expired" + title,
                        greeting
                                + "the rooms or seats we held for you were released because payment did not complete in time."
                                + facts + "\n\nTripAvail");
            case "PAYOUT_PAID" ->
                new RenderedMessage(
                        "Your payout" + amount(p) + " is on its way",
                        greeting + "we sent your payout" + amount(p)
                                + " to your payout destination. Banks usually credit"
                                + " it within a few business days.\n\nTripAvail");
            case "PAYOUT_FAILED" ->
                new RenderedMessage(
                        "Your payout" + amount(p) + " could not be sent",
                        greeting + "your bank refused the payout" + amount(p)
                                + (p == null ? "" : " (" + p.failureReason() + ")")
                                + ". The money is in your available balance again; payouts resume once you update your"
                                + " payout destination.\n\nTripAvail");
            default ->
                new RenderedMessage(
                        "TripAvail: " + kind.toLowerCase(Locale.ROOT).replace('_', ' '),
                        greeting + "there is news about your account." + facts + "\n\nTripAvail");
        };
    }

    private static String amount(PayoutFacts p) {
        return p == null ? "" : " of " + money(p.amountMinor(), p.currency());
    }

    static String money(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
