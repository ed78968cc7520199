package com.tripavail.platform.jobs;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * Reconciles the job timers once the application has passed the production start-up guard and the
 * development migrations (lower priorities run first), never before: a server refused by the guard
 * must not touch the database.
 */
@ApplicationScoped
public class JobStartup {
    public static final int PRIORITY = 1000;

    @Inject
    JobScheduler scheduler;

    @Inject
    Jobs jobs;

    @Inject
    JobMetrics metrics;

    void schedule(@Observes @Priority(PRIORITY) Startup startup) {
        metrics.register(jobs.all());
        scheduler.reconcile();
    }
}
