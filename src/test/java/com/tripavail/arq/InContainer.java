package com.tripavail.arq;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive an in-container test deploys next to the running application: the application's own
 * WAR as the build made it (so the beans under test are the real ones, on the same PostgreSQL and
 * Redis) plus the test classes and the test-only fault decorators, without what must exist once
 * per server: no HTTP surface (web.xml filters, the JAX-RS application, the OpenAPI file), no timers
 * and no start-up work (migrations, the bootstrap administrator), which the running application owns.
 */
final class InContainer {
    private static final String CLASSES = "/WEB-INF/classes/com/tripavail/";
    private static final List<String> LEFT_OUT = List.of(
            "/WEB-INF/web.xml",
            "/WEB-INF/classes/META-INF/openapi.yaml",
            CLASSES + "TripAvailApplication.class",
            // no job timers: a second set (persistent, under this archive's name) would run every job
            // beside the application's and outlive the undeployment, polled for ever by the executor
            CLASSES + "platform/jobs/JobStartup.class",
            CLASSES + "ops/StartupMigration.class",
            CLASSES + "identity/AdminBootstrap.class");

    private InContainer() {}

    static WebArchive app(Class<?> test) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "arq-" + test.getSimpleName() + ".war")
                .importFrom(new File(System.getProperty("tripavail.war", "target/tripavail.war")))
                .as(WebArchive.class);
        for (String path : LEFT_OUT) {
            // a renamed class must not slip back in unnoticed
            if (war.delete(path) == null) {
                throw new IllegalStateException(path + " is not in the application's WAR: update InContainer.LEFT_OUT");
            }
        }
        if (test.getSuperclass().getPackage() == InContainer.class.getPackage()) {
            war.addClass(test.getSuperclass());
        }
        return war.addClasses(
                test,
                ArqServer.class,
                MoneyWorld.class,
                Faults.class,
                FaultyPaymentGateway.class,
                FaultyPayoutGateway.class);
    }
}
