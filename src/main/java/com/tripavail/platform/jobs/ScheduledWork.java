package com.tripavail.platform.jobs;

/** A timer bean that creates its persistent timers once the application is allowed to start. */
public interface ScheduledWork {
    void schedule();
}
