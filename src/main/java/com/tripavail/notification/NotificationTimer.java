package com.tripavail.notification;

import com.tripavail.platform.jobs.IntervalTimers;
import com.tripavail.platform.jobs.JobSwitches;
import com.tripavail.platform.jobs.ScheduledWork;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dispatches the notification outbox every NOTIFICATION_DISPATCH_INTERVAL (a persistent timer). */
@Singleton
@LocalBean
// a business interface too, or TimerStartup never finds the bean (see ScheduledWork)
@Local(ScheduledWork.class)
public class NotificationTimer implements ScheduledWork {
    public static final String JOB = "notification-dispatch";
    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());
    private static final long SCHEDULE_LOCK = 0x6e6f7469L; // "noti"

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    NotificationSettings settings;

    @Inject
    JobSwitches switches;

    @Inject
    @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
    boolean jobsEnabled;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule() {
        if (jobsEnabled) {
            IntervalTimers.ensureOne(timers, em, SCHEDULE_LOCK, JOB, settings.interval());
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        try {
            if (jobsEnabled && switches.isEnabled(JOB)) {
                dispatcher.dispatchDue();
            }
        } catch (RuntimeException e) {
            // a failing run must not cancel the timer; the rows stay due for the next tick
            LOG.log(Level.SEVERE, "Notification dispatch failed", e);
        }
    }
}
