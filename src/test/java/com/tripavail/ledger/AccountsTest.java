package com.tripavail.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.money.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    @Test
    void aChargeOwesEachPartyItsShare() {
        List<LedgerEntry> entries = Accounts.charge(7, new Accounts.Split(17_000, 3_600, 1_200));
        assertThat(entries)
                .contains(
                        LedgerEntry.debit(Accounts.GATEWAY_CLEARING, 21_800),
                        LedgerEntry.credit("provider_payable:7", 17_000),
                        LedgerEntry.credit(Accounts.PLATFORM_COMMISSION, 3_600),
                        LedgerEntry.credit(Accounts.TAXES_PAYABLE, 1_200));
        assertBalanced(entries);
    }

    @Property(tries = 300)
    void everyRefundJournalBalancesAndNeverExceedsTheShares(
            @ForAll @LongRange(min = 0, max = 1_000_000) long provider,
            @ForAll @LongRange(min = 0, max = 100_000) long platform,
            @ForAll @LongRange(min = 0, max = 100_000) long taxes,
            @ForAll @LongRange(min = 0, max = 100) long percent) {
        Accounts.Split split = new Accounts.Split(provider, platform, taxes);
        long refund = split.total() * percent / 100;
        List<LedgerEntry> entries = Accounts.refund(7, split, refund);
        assertBalanced(entries);
        long providerDebit = entries.stream()
                .filter(e -> e.account().equals("provider_payable:7"))
                .mapToLong(LedgerEntry::debitMinor)
                .sum();
        assertThat(providerDebit).isBetween(0L, provider);
    }

    @Test
    void aScheduledPayoutMovesThePayableToPayoutsInTransit() {
        assertThat(Accounts.payoutScheduled(7, eur(5_100)))
                .containsExactly(
                        LedgerEntry.debit("provider_payable:7", 5_100),
                        LedgerEntry.credit(Accounts.PAYOUTS_IN_TRANSIT, 5_100));
    }

    @Test
    void aPaidPayoutLeavesGatewayClearingAndAFailedOneIsPayableAgain() {
        assertThat(Accounts.payoutPaid(eur(5_100)))
                .containsExactly(
                        LedgerEntry.debit(Accounts.PAYOUTS_IN_TRANSIT, 5_100),
                        LedgerEntry.credit(Accounts.GATEWAY_CLEARING, 5_100));
        assertThat(Accounts.payoutFailed(7, eur(5_100)))
                .containsExactly(
                        LedgerEntry.debit(Accounts.PAYOUTS_IN_TRANSIT, 5_100),
                        LedgerEntry.credit("provider_payable:7", 5_100));
    }

    @Test
    void aPayoutJournalNeverMovesNothingOrANegativeAmount() {
        assertThatThrownBy(() -> Accounts.payoutScheduled(7, eur(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Accounts.payoutPaid(eur(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void chargeThenPayoutLeavesNothingPayableAndInTransitEmptyOncePaid(
            @ForAll @LongRange(min = 1, max = 1_000_000) long provider, @ForAll boolean fails) {
        List<LedgerEntry> all = new java.util.ArrayList<>(Accounts.charge(7, new Accounts.Split(provider, 300, 100)));
        all.addAll(Accounts.payoutScheduled(7, eur(provider)));
        all.addAll(fails ? Accounts.payoutFailed(7, eur(provider)) : Accounts.payoutPaid(eur(provider)));
        assertBalanced(all);
        assertThat(owed(all, Accounts.PAYOUTS_IN_TRANSIT)).isZero();
        assertThat(owed(all, "provider_payable:7")).isEqualTo(fails ? provider : 0);
        // what the processor still holds: the charge minus what was paid out
        assertThat(-owed(all, Accounts.GATEWAY_CLEARING)).isEqualTo(provider + 400 - (fails ? 0 : provider));
    }

    private static long owed(List<LedgerEntry> entries, String account) {
        return entries.stream()
                .filter(e -> e.account().equals(account))
                .mapToLong(e -> e.creditMinor() - e.debitMinor())
                .sum();
    }

    private static void assertBalanced(List<LedgerEntry> entries) {
        assertThat(entries.stream().mapToLong(LedgerEntry::debitMinor).sum())
                .isEqualTo(entries.stream().mapToLong(LedgerEntry::creditMinor).sum());
    }
}
