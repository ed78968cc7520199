package com.tripavail.ledger;

import com.tripavail.ledger.LedgerService.JournalView;
import com.tripavail.ledger.PayoutRepository.ItemRow;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Wire shapes of the balance, payout and payout destination endpoints. */
public final class PayoutDtos {
    private PayoutDtos() {}

    public record Amount(long amountMinor, String currency) {}

    /**
     * {@code payable} is the provider's payable account (pending + available); {@code pending} is
     * money of bookings not settled yet, {@code available} what the next payout run may pay, and
     * {@code inTransit} money of scheduled payouts not paid yet.
     */
    public record Balance(List<Amount> payable, List<Amount> pending, List<Amount> available, List<Amount> inTransit) {
        static Balance of(Map<String, Long> payable, Map<String, Long> available, Map<String, Long> inTransit) {
            TreeSet<String> currencies = new TreeSet<>(payable.keySet());
            currencies.addAll(available.keySet());
            return new Balance(
                    amounts(currencies, payable),
                    currencies.stream()
                            .map(c -> new Amount(payable.getOrDefault(c, 0L) - available.getOrDefault(c, 0L), c))
                            .toList(),
                    amounts(currencies, available),
                    amounts(new TreeSet<>(inTransit.keySet()), inTransit));
        }

        private static List<Amount> amounts(TreeSet<String> currencies, Map<String, Long> sums) {
            return currencies.stream()
                    .map(c -> new Amount(sums.getOrDefault(c, 0L), c))
                    .toList();
        }
    }

    /** One booking a payout pays; {@code released} when the payout failed and the booking went back to available. */
    public record PayoutBooking(String bookingId, long amountMinor, boolean released) {
        static PayoutBooking of(ItemRow row) {
            return new PayoutBooking(row.bookingId().toString(), row.amountMinor(), row.released());
        }
    }

    /** A payout as its provider sees it; {@code bookings} only on the detail. */
    public record PayoutView(
            String id,
            long amountMinor,
            String currency,
            PayoutStatus status,
            Instant scheduledAt,

            @JsonbNillable Instant paidAt,

            int bookingCount,

            @JsonbNillable String failureReason,

            List<PayoutBooking> bookings) {
        static PayoutView of(Payout p, List<ItemRow> items) {
            return new PayoutView(
                    p.publicId().toString(),
                    p.amountMinor(),
                    p.currency(),
                    p.status(),
                    p.scheduledAt(),
                    p.paidAt(),
                    p.bookingCount(),
                    p.failureReason(),
                    items == null ? null : items.stream().map(PayoutBooking::of).toList());
        }
    }

    /** A payout as administrators see it: the provider, the gateway side and, on the detail, bookings and journals. */
    public record AdminPayoutView(
            String id,
            String providerId,
            long amountMinor,
            String currency,
            PayoutStatus status,
            Instant scheduledAt,

            @JsonbNillable Instant paidAt,

            Instant failedAt,
            int bookingCount,

            @JsonbNillable String failureReason,

            int attempts,
            String destination,
            String gatewayReference,
            List<PayoutBooking> bookings,
            List<JournalView> journals) {
        static AdminPayoutView of(Payout p, List<ItemRow> items, List<JournalView> journals) {
            return new AdminPayoutView(
                    p.publicId().toString(),
                    p.providerPublicId().toString(),
                    p.amountMinor(),
                    p.currency(),
                    p.status(),
                    p.scheduledAt(),
                    p.paidAt(),
                    p.failedAt(),
                    p.bookingCount(),
                    p.failureReason(),
                    p.attempts(),
                    p.destination(),
                    p.gatewayRef(),
                    items == null ? null : items.stream().map(PayoutBooking::of).toList(),
                    journals);
        }
    }

    public record DestinationRequest(
            @NotBlank @Size(max = 100) String destination) {}

    public record HoldRequest(
            @NotNull Boolean held, @Size(max = 300) String reason) {}

    /** ACTIVE: payouts run; PAUSED: the last payout failed, until the destination changes; HELD: by an administrator. */
    public enum AccountStatus {
        ACTIVE,
        PAUSED,
        HELD
    }

    public record PayoutAccountView(
            String providerId,
            String destination,
            AccountStatus status,
            String failureReason,
            String holdReason,
            Instant updatedAt) {
        static PayoutAccountView of(PayoutAccount a) {
            AccountStatus status = a.holdReason() != null
                    ? AccountStatus.HELD
                    : a.failureReason() != null ? AccountStatus.PAUSED : AccountStatus.ACTIVE;
            return new PayoutAccountView(
                    a.providerPublicId().toString(),
                    a.destination(),
                    status,
                    a.failureReason(),
                    a.holdReason(),
                    a.updatedAt());
        }
    }
}
