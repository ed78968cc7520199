package com.tripavail.testenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What only the test server gets, never the production configuration: the JaCoCo agent in its JVM
 * ({@code JVM_ARGS}, from the build's {@code tripavail.jvmArgs}) and Liberty's local JMX connector,
 * through which Arquillian deploys the in-container tests (a config drop-in written before the start
 * and removed after the stop, so no package built later can carry it).
 */
final class TestServerHooks {
    static final String DROPIN = "configDropins/overrides/test-arquillian.xml";
    private static final String LOCAL_CONNECTOR = """
            <server description="test only: Arquillian deploys through the local JMX connector">
              <featureManager>
                <feature>localConnector-1.0</feature>
              </featureManager>
            </server>
            """;

    private TestServerHooks() {}

    static void install(LibertyProcess liberty) throws IOException {
        String jvmArgs = System.getProperty("tripavail.jvmArgs", "").trim();
        if (!jvmArgs.isEmpty() && !jvmArgs.startsWith("${")) {
            liberty.env("JVM_ARGS", jvmArgs);
        }
        Path dropin = liberty.serverDir().resolve(DROPIN);
        Files.createDirectories(dropin.getParent());
        Files.writeString(dropin, LOCAL_CONNECTOR);
    }

    static void remove(LibertyProcess liberty) throws IOException {
        Files.deleteIfExists(liberty.serverDir().resolve(DROPIN));
    }
}
