package com.tripavail.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AccountsTest {
    @Test
    void aChargeOwesEachPartyItsShare() {
        List<LedgerEntry> entries = Accounts.charge(7, new Accounts.Split(17_000, 3_600, 1_200));
        assertThat(entries).contains(LedgerEntry.debit(Accounts.GATEWAY_CLEARING, 21_800),
                LedgerEntry.credit("provider_payable:7", 17_000), LedgerEntry.credit(Accounts.PLATFORM_COMMISSION, 3_600),
                LedgerEntry.credit(Accounts.TAXES_PAYABLE, 1_200));
        assertBalanced(entries);
    }

    @Property(tries = 300)
    void everyRefundJournalBalancesAndNeverExceedsTheShares(@ForAll @LongRange(min = 0, max = 1_000_000) long provider,
                                                           @ForAll @LongRange(min = 0, max = 100_000) long platform,
                                                           @ForAll @LongRange(min = 0, max = 100_000) long taxes,
                                                           @ForAll @LongRange(min = 0, max = 100) long percent) {
        Accounts.Split split = new Accounts.Split(provider, platform, taxes);
        long refund = split.total() * percent / 100;
        List<LedgerEntry> entries = Accounts.refund(7, split, refund);
        assertBalanced(entries);
        long providerDebit = entries.stream().filter(e -> e.account().equals("provider_payable:7"))
                .mapToLong(LedgerEntry::debitMinor).sum();
        assertThat(providerDebit).isBetween(0L, provider);
    }

    private static void assertBalanced(List<LedgerEntry> entries) {
        assertThat(entries.stream().mapToLong(LedgerEntry::debitMinor).sum())
                .isEqualTo(entries.stream().mapToLong(LedgerEntry::creditMinor).sum());
    }
}
