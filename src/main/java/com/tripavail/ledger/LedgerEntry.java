package com.tripavail.ledger;

/** One line of a journal: a debit or a credit on an account, in minor units. */
public record LedgerEntry(String account, long debitMinor, long creditMinor) {
    public LedgerEntry {
        if (debitMinor < 0 || creditMinor < 0 || (debitMinor != 0 && creditMinor != 0)) {
            throw new IllegalArgumentException("An entry is a debit or a credit, never negative");
        }
    }

    public static LedgerEntry debit(String account, long minor) {
        return new LedgerEntry(account, minor, 0);
    }

    public static LedgerEntry credit(String account, long minor) {
        return new LedgerEntry(account, 0, minor);
    }
}
