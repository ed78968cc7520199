package com.tripavail.provider;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/** Schedules the document expiry tick after the start-up guard and migrations (lower priorities run first). */
@ApplicationScoped
public class DocumentExpiryStartup {
    static final int PRIORITY = 1000;

    @Inject
    DocumentExpiryTimer timer;

    void schedule(@Observes @Priority(PRIORITY) Startup startup) {
        timer.schedule();
    }
}
