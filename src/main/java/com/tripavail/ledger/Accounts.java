package com.tripavail.ledger;

import com.tripavail.platform.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of accounts and the journals booking money movements produce. A charge debits gateway
 * clearing (cash on its way from the processor) and credits what is owed: taxes, the platform's
 * fee and commission, and the provider's share. A refund reverses the same shares pro rata through
 * the refunds account, so each journal balances on its own. A payout moves the provider's share to
 * payouts in transit when scheduled; paid, it leaves gateway clearing (the processor pays it out of
 * the balance the charges landed in); failed, it returns to the provider's payable.
 */
public final class Accounts {
    public static final String GATEWAY_CLEARING = "gateway_clearing";
    public static final String PLATFORM_COMMISSION = "platform_commission";
    public static final String TAXES_PAYABLE = "taxes_payable";
    public static final String REFUNDS = "refunds";
    public static final String PAYOUTS_IN_TRANSIT = "payouts_in_transit";

    private Accounts() {}

    public static String providerPayable(long providerId) {
        return "provider_payable:" + providerId;
    }

    /** The split of a paid total: what the provider, the platform and the tax office are owed. */
    public record Split(long providerMinor, long platformMinor, long taxesMinor) {
        public long total() {
            return providerMinor + platformMinor + taxesMinor;
        }
    }

    public static List<LedgerEntry> charge(long providerId, Split split) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(LedgerEntry.debit(GATEWAY_CLEARING, split.total()));
        addIfPositive(entries, LedgerEntry.credit(TAXES_PAYABLE, split.taxesMinor()));
        addIfPositive(entries, LedgerEntry.credit(PLATFORM_COMMISSION, split.platformMinor()));
        addIfPositive(entries, LedgerEntry.credit(providerPayable(providerId), split.providerMinor()));
        return entries;
    }

    /**
     * Refund {@code refundMinor} of a charge split as {@code paid}: each share reversed pro rata,
     * rounded down, the few minor units of rounding left going to whoever still has share left
     * (provider, then platform, then taxes), so no account is reversed beyond what it was credited.
     */
    public static List<LedgerEntry> refund(long providerId, Split paid, long refundMinor) {
        long total = paid.total();
        if (refundMinor < 0 || refundMinor > total) {
            throw new IllegalArgumentException("refund out of range");
        }
        long[] shares = {paid.providerMinor(), paid.platformMinor(), paid.taxesMinor()};
        long[] parts = new long[3];
        long left = refundMinor;
        for (int i = 0; i < 3; i++) {
            parts[i] = total == 0 ? 0 : Math.multiplyExact(shares[i], refundMinor) / total;
            left -= parts[i];
        }
        for (int i = 0; i < 3 && left > 0; i++) {
            long extra = Math.min(left, shares[i] - parts[i]);
            parts[i] += extra;
            left -= extra;
        }
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(LedgerEntry.debit(REFUNDS, refundMinor));
        entries.add(LedgerEntry.credit(GATEWAY_CLEARING, refundMinor));
        addIfPositive(entries, LedgerEntry.debit(providerPayable(providerId), parts[0]));
        addIfPositive(entries, LedgerEntry.debit(PLATFORM_COMMISSION, parts[1]));
        addIfPositive(entries, LedgerEntry.debit(TAXES_PAYABLE, parts[2]));
        entries.add(LedgerEntry.credit(REFUNDS, refundMinor));
        return entries;
    }

    /** A payment that arrived for a booking that can no longer be confirmed: received and returned in full. */
    public static List<LedgerEntry> lateRefund(long amountMinor) {
        return List.of(
                LedgerEntry.debit(GATEWAY_CLEARING, amountMinor),
                LedgerEntry.credit(REFUNDS, amountMinor),
                LedgerEntry.debit(REFUNDS, amountMinor),
                LedgerEntry.credit(GATEWAY_CLEARING, amountMinor));
    }

    /** A payout scheduled: the provider's available money set aside for the transfer. */
    public static List<LedgerEntry> payoutScheduled(long providerId, Money amount) {
        return transfer(providerPayable(providerId), PAYOUTS_IN_TRANSIT, amount);
    }

    /** A payout the gateway paid: it leaves the processor balance the charges landed in. */
    public static List<LedgerEntry> payoutPaid(Money amount) {
        return transfer(PAYOUTS_IN_TRANSIT, GATEWAY_CLEARING, amount);
    }

    /** A payout the gateway refused: the money is the provider's payable again. */
    public static List<LedgerEntry> payoutFailed(long providerId, Money amount) {
        return transfer(PAYOUTS_IN_TRANSIT, providerPayable(providerId), amount);
    }

    /** Moves money owed on {@code from} to {@code to}: debit the first, credit the second. */
    private static List<LedgerEntry> transfer(String from, String to, Money amount) {
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
        return List.of(LedgerEntry.debit(from, amount.minor()), LedgerEntry.credit(to, amount.minor()));
    }

    private static void addIfPositive(List<LedgerEntry> entries, LedgerEntry e) {
        if (e.debitMinor() > 0 || e.creditMinor() > 0) {
            entries.add(e);
        }
    }
}
