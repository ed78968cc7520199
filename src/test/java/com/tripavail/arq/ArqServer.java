package com.tripavail.arq;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared test server (testenv.TripAvailServer: real PostgreSQL, Redis, Liberty) before
 * Arquillian connects to it, on the client side only. Inside Liberty, where the same test class runs
 * again, it does nothing; the server's classes are reached by name so they never load there.
 */
public final class ArqServer implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("wlp.install.dir") != null) {
            return; // in the container
        }
        ((BeforeAllCallback) Class.forName("com.tripavail.testenv.TripAvailServer")
                        .getDeclaredConstructor()
                        .newInstance())
                .beforeAll(context);
    }
}
