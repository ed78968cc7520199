package com.tripavail.identity;

import com.tripavail.ops.StartupMigration;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first administrator, from {@code ADMIN_EMAIL} + {@code ADMIN_PASSWORD}, created at start-up
 * after the schema is migrated. Idempotent: an existing account with that email is left alone, so
 * changing the variables later never resets a password.
 */
@ApplicationScoped
public class AdminBootstrap {
    public static final int PRIORITY = StartupMigration.PRIORITY + 1;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    IdentityService identity;

    void bootstrap(@Observes @Priority(PRIORITY) Startup startup) {
        Optional<String> email = Setting.optional("ADMIN_EMAIL");
        Optional<String> password = Setting.optional("ADMIN_PASSWORD");
        if (email.isEmpty()) {
            return;
        }
        if (password.isEmpty()) {
            LOG.warning("ADMIN_EMAIL is set without ADMIN_PASSWORD; no administrator was created");
            return;
        }
        boolean created;
        try {
            created = identity.ensureAdmin(email.get(), password.get());
        } catch (DomainException e) {
            String why = e.fieldErrors().stream()
                    .map(f -> f.field() + " " + f.message())
                    .toList()
                    .toString();
            throw new IllegalStateException("ADMIN_PASSWORD does not meet the password policy: " + why);
        }
        LOG.info(
                created
                        ? "Created the first administrator from ADMIN_EMAIL"
                        : "The ADMIN_EMAIL account already exists; left unchanged");
    }
}
