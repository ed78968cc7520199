package com.tripavail.testenv;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/**
 * Background jobs run through the admin API: start one (202 with its execution) and wait until it has
 * completed. One run of a job at a time cluster-wide: while a run (a timer's, say) is in progress the
 * start is refused 409 job_running, and {@link #start} tries again until it is free.
 */
public final class Jobs {
    private Jobs() {}

    public static long start(Accounts.Session admin, String job) {
        long[] execution = new long[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Long started = tryStart(admin, job);
                    execution[0] = started == null ? 0 : started;
                    return started != null;
                });
        return execution[0];
    }

    /** The started execution, or null when a run is in progress (409 job_running). */
    public static Long tryStart(Accounts.Session admin, String job) {
        var response = admin.as().post("/v1/admin/jobs/" + job + "/run");
        if (response.statusCode() == 409) {
            response.then().body("code", org.hamcrest.Matchers.equalTo("job_running"));
            return null;
        }
        return ((Number) response.then().statusCode(202).extract().path("executionId")).longValue();
    }

    /** Starts the job and waits until its execution has ended, whichever way; its batch status. */
    public static String runToEnd(Accounts.Session admin, String job) {
        long execution = start(admin, job);
        String[] status = new String[1];
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(400))
                .until(() -> {
                    status[0] = execution(admin, execution).getString("batchStatus");
                    return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                            .contains(status[0]);
                });
        return status[0];
    }

    /** Runs the job to completion; its exit status (e.g. HANDLED_3). */
    public static String runForExit(Accounts.Session admin, String job) {
        long execution = run(admin, job);
        return execution(admin, execution).getString("exitStatus");
    }

    /** Starts the job and waits for its execution to complete (a FAILED execution fails the wait at once); its execution id. */
    public static long run(Accounts.Session admin, String job) {
        long execution = start(admin, job);
        await(admin, List.of(execution));
        return execution;
    }

    /**
     * Asks for {@code n} runs of the job at the same moment and waits for those started; how many
     * started (the others were refused 409: one run at a time).
     */
    public static int runConcurrently(Accounts.Session admin, String job, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Long>> started = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                started.add(pool.submit(() -> tryStart(admin, job)));
            }
            List<Long> executions = new ArrayList<>();
            for (Future<Long> f : started) {
                if (f.get() != null) {
                    executions.add(f.get());
                }
            }
            await(admin, executions);
            return executions.size();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Accounts.Session admin, List<Long> executions) {
        for (long execution : executions) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(400))
                    .until(() -> {
                        String status = execution(admin, execution).getString("batchStatus");
                        if ("FAILED".equals(status) || "ABANDONED".equals(status)) {
                            throw new AssertionError("job execution " + execution + " ended " + status);
                        }
                        return "COMPLETED".equals(status);
                    });
        }
    }

    /** An execution as the administrator reads it (200): batchStatus, exitStatus, ... */
    public static JsonPath execution(Accounts.Session admin, long executionId) {
        return admin.read("/v1/admin/jobs/executions/" + executionId);
    }

    /** Switches a job (its timer and its runs) on or off cluster-wide, as an administrator. */
    public static void enable(Accounts.Session admin, String job, boolean enabled) {
        admin.as()
                .body(Map.of("enabled", enabled))
                .put("/v1/admin/jobs/" + job)
                .then()
                .statusCode(200);
    }
}
