package com.tripavail.platform.jobs;

/**
 * A timer bean that creates its persistent timers once the application is allowed to start. An EJB
 * with a no-interface view ({@code @LocalBean}) must also name this interface with
 * {@code @Local(ScheduledWork.class)}: otherwise it is not a business interface, hence not a CDI bean
 * type of the EJB, and {@link TimerStartup} never sees the bean (its timers are never created).
 */
public interface ScheduledWork {
    void schedule();
}
