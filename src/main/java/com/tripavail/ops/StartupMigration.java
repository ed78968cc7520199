package com.tripavail.ops;

import com.tripavail.ops.migration.Migrator;
import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.StartupGuard;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Development convenience: migrate (and load demo data) when the server starts. Production never
 * migrates on start-up — ops run the migration tool before a release starts.
 */
@ApplicationScoped
public class StartupMigration {
    public static final int PRIORITY = StartupGuard.PRIORITY + 1;
    private static final Logger LOG = Logger.getLogger(StartupMigration.class.getName());

    @Resource(lookup = "jdbc/tripavail")
    DataSource dataSource;

    @Inject
    AppConfig app;

    void migrate(@Observes @Priority(PRIORITY) Startup startup) throws Exception {
        if (app.environment().isProduction() || !Setting.value("MIGRATE_ON_START", Boolean.class, true)) {
            LOG.info("Schema migration on start-up is off; run the migration tool before starting");
            return;
        }
        String contexts = Setting.value("DEMO_DATA", Boolean.class, true) ? "demo" : "";
        try (Connection c = dataSource.getConnection();
                Migrator migrator = new Migrator(c)) {
            migrator.update(contexts, Duration.ofMinutes(2));
        }
        LOG.info("Schema up to date (contexts: " + (contexts.isEmpty() ? "none" : contexts) + ")");
    }
}
