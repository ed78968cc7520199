package com.tripavail.search;

import com.tripavail.platform.jobs.BatchJobs;
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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the search-indexing batch job every SEARCH_INDEX_INTERVAL when there is queued work. The
 * persistent timer (in PostgreSQL: one firing per tick across servers) is created programmatically
 * after the start-up guard; an automatic {@code @Schedule} timer would need the database before the
 * guard could explain what is missing. A tick with an empty queue starts nothing (no job execution
 * row every few seconds), and a tick while a recent execution still runs leaves it alone, so a long
 * rebuild does not pile up executions that would each hold a pooled connection.
 */
@Singleton
@LocalBean
// a business interface too, or TimerStartup never finds the bean (see ScheduledWork)
@Local(ScheduledWork.class)
public class SearchIndexTimer implements ScheduledWork {
    public static final String JOB = "search-indexing";
    private static final Logger LOG = Logger.getLogger(SearchIndexTimer.class.getName());
    private static final long SCHEDULE_LOCK = 0x73656172L; // "sear"

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    SearchSettings settings;

    @Inject
    SearchIndexQueue queue;

    @Inject
    JobSwitches switches;

    @Inject
    BatchJobs jobs;

    @Inject
    @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
    boolean jobsEnabled;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void schedule() {
        Duration interval = settings.indexInterval();
        if (!jobsEnabled) {
            LOG.info("JOBS_ENABLED=false: search indexing does not run on this server");
            return;
        }
        IntervalTimers.ensureOne(timers, em, SCHEDULE_LOCK, JOB, interval);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        try {
            if (!jobsEnabled
                    || !switches.isEnabled(JOB)
                    || !queue.hasReadyWork()
                    || jobs.runningSince(JOB, SearchIndexBatchlet.BUDGET.multipliedBy(2))) {
                return;
            }
            jobs.start(JOB);
        } catch (RuntimeException e) {
            // a failing tick must not cancel the timer; the next one tries again
            LOG.log(Level.WARNING, "Could not start " + JOB, e);
        }
    }
}
