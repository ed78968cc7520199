package com.tripavail.testenv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/** Background jobs run through the admin API: start one (202 with its execution) and wait until it has completed. */
public final class Jobs {
    private Jobs() {}

    public static long start(Accounts.Session admin, String job) {
        return ((Number) admin.as()
                        .post("/v1/admin/jobs/" + job + "/run")
                        .then()
                        .statusCode(202)
                        .extract()
                        .path("executionId"))
                .longValue();
    }

    /** Starts the job and waits for its execution to complete (a FAILED execution fails the wait at once); its execution id. */
    public static long run(Accounts.Session admin, String job) {
        long execution = start(admin, job);
        await(admin, List.of(execution));
        return execution;
    }

    /** Starts {@code n} executions of the job at the same moment and waits for all of them. */
    public static void runConcurrently(Accounts.Session admin, String job, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Long>> started = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                started.add(pool.submit(() -> start(admin, job)));
            }
            List<Long> executions = new ArrayList<>();
            for (Future<Long> f : started) {
                executions.add(f.get());
            }
            await(admin, executions);
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
                        String status = admin.as()
                                .get("/v1/admin/jobs/executions/" + execution)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("batchStatus");
                        if ("FAILED".equals(status) || "ABANDONED".equals(status)) {
                            throw new AssertionError("job execution " + execution + " ended " + status);
                        }
                        return "COMPLETED".equals(status);
                    });
        }
    }
}
