package com.tripavail.platform.jobs;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A background job as its capability declares it: its name (also the name of its Jakarta Batch job
 * XML and of its switch in {@code job_switches}), when it runs, how long a run may hold the
 * cluster-wide claim before another may take over (a server that died mid-run), and whether a timer
 * firing has anything to do (a firing with nothing to do starts no execution).
 */
public record JobDefinition(String name, JobSchedule schedule, Duration lease, BooleanSupplier hasWork) {
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);

    public JobDefinition {
        if (!name.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("job name " + name);
        }
    }

    public static JobDefinition of(String name, JobSchedule schedule) {
        return new JobDefinition(name, schedule, DEFAULT_LEASE, () -> true);
    }

    public JobDefinition withLease(Duration lease) {
        return new JobDefinition(name, schedule, lease, hasWork);
    }

    public JobDefinition onlyWhen(BooleanSupplier work) {
        return new JobDefinition(name, schedule, lease, work);
    }

    /** The info of this job's persistent timer: a timer whose info differs is stale. */
    public String timerInfo() {
        return name + "@" + schedule;
    }
}
