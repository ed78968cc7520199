package com.tripavail.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/** Schedules the indexing timer after the start-up guard and migrations (lower priorities run first). */
@ApplicationScoped
public class SearchIndexStartup {
    static final int PRIORITY = 1000;

    @Inject
    SearchIndexTimer timer;

    void schedule(@Observes @Priority(PRIORITY) Startup startup) {
        timer.schedule();
    }
}
