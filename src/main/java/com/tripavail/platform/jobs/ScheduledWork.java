package com.tripavail.platform.jobs;

import jakarta.ejb.Local;

/**
 * A timer bean that creates its persistent timers once the application is allowed to start.
 * {@code @Local}: the timer beans are {@code @LocalBean} session beans, whose other interfaces are
 * not business interfaces (nor CDI bean types) unless declared so, which left TimerStartup's
 * {@code Instance<ScheduledWork>} empty and the document and notification timers never created.
 */
@Local
public interface ScheduledWork {
    void schedule();
}
