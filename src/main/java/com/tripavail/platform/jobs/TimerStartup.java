package com.tripavail.platform.jobs;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Lets every {@link ScheduledWork} create its timers after the start-up guard and the development
 * migrations (lower priorities run first), never before: a server the guard refuses must not
 * touch the database.
 */
@ApplicationScoped
public class TimerStartup {
    public static final int PRIORITY = 1000;

    @Inject
    @Any
    Instance<ScheduledWork> work;

    void schedule(@Observes @Priority(PRIORITY) Startup startup) {
        work.forEach(ScheduledWork::schedule);
    }
}
