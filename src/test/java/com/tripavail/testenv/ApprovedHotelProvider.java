package com.tripavail.testenv;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An administrator's session and one approved hotel provider for a whole test class, made before its
 * first test, once {@link TripAvailServer} (registered on the class, so first) runs the server:
 * {@code @RegisterExtension static final ApprovedHotelProvider hotels = new ApprovedHotelProvider();}.
 */
public final class ApprovedHotelProvider implements BeforeAllCallback {
    private Accounts.Session admin;
    private CatalogFixtures.HotelSetup setup;

    @Override
    public void beforeAll(ExtensionContext context) {
        admin = Accounts.admin();
        setup = CatalogFixtures.approvedHotelProvider(admin);
    }

    public Accounts.Session admin() {
        return admin;
    }

    public CatalogFixtures.HotelSetup setup() {
        return setup;
    }
}
