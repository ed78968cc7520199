package com.tripavail.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.EmbeddedServices;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fault suite (issue #11): travelers book against a real Liberty, PostgreSQL and Redis of the
 * suite's own while Liberty, PostgreSQL and Redis are killed and brought back, Redis is flushed,
 * the processor's events arrive late, twice and out of order, and a server dies between charge
 * and settle. After the load stops and the payments converge, the database must agree with every
 * answer the travelers got and with the processor (see {@link InvariantChecker}).
 *
 * <p>{@code -Dfaults.mode=short} (the test command): each fault once. {@code long} ({@code mvn
 * -Pfaults verify}): faults in turn with pauses, each at least once, until {@code faults.duration}
 * has passed. Writes the
 * table to {@code faults.report}.
 */
class FaultSuiteIT {
    private static final String MODE = System.getProperty("faults.mode", "short");
    private static final boolean LONG = MODE.equals("long");

    @Test
    void theDatabaseKeepsEveryPromiseThroughCrashes() throws Exception {
        Duration duration = Duration.parse(System.getProperty("faults.duration", "PT15M"));
        int travelers = Integer.getInteger("faults.travelers", LONG ? 16 : 6);
        long seed = Long.getLong("faults.seed", System.nanoTime());
        int port = Integer.getInteger("faults.httpPort", 0);
        Path report = Path.of(System.getProperty("faults.report", "target/faults/report-" + MODE + ".md"));
        System.out.println("[faults] mode " + MODE + ", " + travelers + " travelers, seed " + seed);
        Random random = new Random(seed);

        try (FaultStack stack = new FaultStack(
                        Path.of(System.getProperty("faults.workDir", "target/faults-work")),
                        Path.of(System.getProperty("tripavail.wlp", "target/liberty/wlp")),
                        port == 0 ? EmbeddedServices.freePort() : port)
                .start()) {
            ApiClient api = new ApiClient(stack.baseUri(), Duration.ofSeconds(30));
            ClientView view = new ClientView();
            // set-up requests may meet a cold server on a loaded machine: they wait longer
            LoadDriver driver = new LoadDriver(new ApiClient(stack.baseUri(), Duration.ofSeconds(120)), api, view);
            String admin = driver.login(FaultStack.ADMIN_EMAIL, FaultStack.ADMIN_PASSWORD);
            List<String> probePackages = driver.createPackages(admin, 1, 40);
            // few rooms so holds compete; more in the long mode, where confirmed stays fill them for good
            List<String> loadPackages = driver.createPackages(admin, 3, LONG ? 12 : 3);
            GatewayEvents events = new GatewayEvents(api, stack);
            Probe probe = new Probe(api, driver.register("TRAVELER"), admin, probePackages, view);
            Faults faults = new Faults(stack, probe, events);
            InvariantChecker checker = new InvariantChecker(stack, api);
            FaultReport table = new FaultReport();

            driver.start(travelers, loadPackages, seed);
            Thread.sleep(5_000);
            Instant end = Instant.now().plus(duration);
            List<Faults.Fault> catalogue = faults.all();
            int i = 0;
            do {
                Faults.Fault fault = catalogue.get(i++ % catalogue.size());
                Instant injected = Instant.now();
                String note = fault.injection().inject();
                stack.awaitReady(FaultStack.READY_TIMEOUT);
                Duration recovery = Duration.between(injected, Instant.now());
                table.injected(fault.name(), recovery, checker.underLoad(), note);
                Thread.sleep(LONG ? 10_000 + random.nextInt(20_000) : 2_000);
            } while (i < catalogue.size() || (LONG && Instant.now().isBefore(end)));

            driver.stop(Traveler.RETRY_BUDGET.plusSeconds(30));
            Instant convergeStart = Instant.now();
            String late = converge(stack, probe, faults);
            Duration convergence = Duration.between(convergeStart, Instant.now());
            Map<String, List<String>> invariants = checker.check(view, events, LONG ? 400 : 150);

            String markdown = table.markdown(MODE, travelers, convergence, invariants, view.counters(), late);
            FaultReport.write(report, markdown);
            System.out.println(markdown);
            invariants.forEach((name, violations) -> assertThat(violations)
                    .as(name + " (report: " + report + ")")
                    .isEmpty());
            assertThat(view.counter("confirm 200"))
                    .as("some bookings were paid")
                    .isPositive();
        }
    }

    /**
     * Lets the system settle what the faults left open: reconciliation and hold expiry run now
     * (timers of a restarted server wait ≥ 100 s), late processor events arrive, until no booking
     * waits for a payment and the processor has delivered what it owes.
     */
    private static String converge(FaultStack stack, Probe probe, Faults faults) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String late = null;
        while (Instant.now().isBefore(deadline)) {
            probe.runJob("payment-reconciliation");
            probe.runJob("hold-expiry");
            Thread.sleep(4_000);
            if (late == null) {
                late = faults.deliverLateCaptures();
                continue;
            }
            if (openPayments(stack) == 0) {
                return late;
            }
        }
        return late == null ? "" : late;
    }

    private static long openPayments(FaultStack stack) throws Exception {
        List<String> queries = new ArrayList<>(List.of(
                "SELECT count(*) FROM bookings WHERE status = 'PAYMENT'",
                "SELECT count(*) FROM payments WHERE status = 'PENDING'"));
        try (Connection c = stack.db()) {
            if (InvariantChecker.hasTable(c, "test_gateway_events")) {
                queries.add("SELECT count(*) FROM test_gateway_events WHERE delivered_at IS NULL");
            }
            long open = 0;
            for (String q : queries) {
                try (var rs = c.createStatement().executeQuery(q)) {
                    rs.next();
                    open += rs.getLong(1);
                }
            }
            return open;
        }
    }
}
