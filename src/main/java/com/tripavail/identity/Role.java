package com.tripavail.identity;

/** What an account may do; only travelers and providers may sign themselves up. */
public enum Role {
    TRAVELER,
    PROVIDER,
    ADMIN;

    public boolean selfRegistrable() {
        return this != ADMIN;
    }
}
