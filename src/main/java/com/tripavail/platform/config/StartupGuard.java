package com.tripavail.platform.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production server with a missing or weak secret, naming the variable only; and
 * any server with a setting that does not convert or parse (every {@link Settings} bean is read here).
 */
@ApplicationScoped
public class StartupGuard {
    @Inject
    @Any
    Instance<Settings> settings;

    public static final int PRIORITY = 1;
    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

    void check(@Observes @Priority(PRIORITY) Startup startup) {
        Config config = ConfigProvider.getConfig();
        AppEnvironment env = AppEnvironment.parse(
                config.getOptionalValue("APP_ENV", String.class).orElse(null));
        List<String> problems = RequiredSettings.problems(
                env, name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!problems.isEmpty()) {
            String message = "TripAvail cannot start: " + String.join("; ", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        try {
            settings.forEach(Settings::load);
        } catch (RuntimeException creation) { // CDI wraps what the bean's @PostConstruct threw
            Setting.Invalid invalid = invalidSetting(creation);
            if (invalid == null) {
                throw creation;
            }
            String message = "TripAvail cannot start: " + invalid.getMessage();
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info("Starting TripAvail in " + env.name().toLowerCase(java.util.Locale.ROOT) + " mode");
    }

    private static Setting.Invalid invalidSetting(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Setting.Invalid invalid) {
                return invalid;
            }
        }
        return null;
    }
}
