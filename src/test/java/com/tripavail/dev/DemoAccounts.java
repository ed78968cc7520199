package com.tripavail.dev;

import java.util.List;

/** The accounts the demo context of the changelog creates (db-changelog/demo/). */
public final class DemoAccounts {
    public static final String PASSWORD = "Demo-Passw0rd!";
    public static final List<String> EMAILS = List.of(
            "admin@tripavail.test (ADMIN)",
            "traveler@tripavail.test (TRAVELER)",
            "hotels@tripavail.test (PROVIDER, approved hotel provider)",
            "tours@tripavail.test (PROVIDER, approved tour operator)");

    private DemoAccounts() {}
}
