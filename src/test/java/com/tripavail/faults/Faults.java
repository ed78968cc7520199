package com.tripavail.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The faults, each injected while the travelers keep going, then recovered from (restart what was
 * killed, wait until {@code /health/ready} answers 200). Each returns a one-line note for the log.
 */
final class Faults {
    /** How long a killed PostgreSQL or Redis stays down before it is started again. */
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    private final FaultStack stack;
    private final Probe probe;
    private final GatewayEvents events;
    private final List<GatewayEvents.ChargeRef> lateCaptures = new java.util.concurrent.CopyOnWriteArrayList<>();

    Faults(FaultStack stack, Probe probe, GatewayEvents events) {
        this.stack = stack;
        this.probe = probe;
        this.events = events;
    }

    interface Injection {
        String inject() throws Exception;
    }

    record Fault(String name, Injection injection) {}

    List<Fault> all() {
        return List.of(
                new Fault(
                        "Liberty SIGKILL between charge and settle (202 async just answered, pm_card_slow in flight)",
                        this::killLibertyMidCharge),
                new Fault("PostgreSQL immediate stop", () -> postgresDown(true)),
                new Fault("PostgreSQL postmaster SIGKILL", () -> postgresDown(false)),
                new Fault("Redis FLUSHALL", this::flushRedis),
                new Fault("Redis SIGKILL", this::killRedis),
                new Fault("gateway events out of order + duplicated", this::outOfOrderEvents));
    }

    /**
     * SIGKILL of Liberty with a 202 just answered for an asynchronous payment (its webhook not yet
     * sent) and a {@code pm_card_slow} charge in flight (captured at the gateway, the answer not yet
     * back): the crash between charge and settle. The slow card's traveler retries with the same
     * key through the restart.
     */
    private String killLibertyMidCharge() throws Exception {
        Probe.Trip async = probe.heldBooking();
        ClientView.Acknowledged accepted = probe.confirm(async, "pm_card_async");
        Probe.Trip slow = probe.heldBooking();
        CompletableFuture<ClientView.Acknowledged> paying = CompletableFuture.supplyAsync(() -> {
            try {
                return probe.confirm(slow, "pm_card_slow");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500); // the slow charge is at the gateway, its answer not yet back
        boolean answeredBeforeKill = paying.isDone();
        stack.killLiberty();
        stack.startLiberty();
        String late = deliverLateSuccessIfProcessorHasNoBooks(async);
        ClientView.Acknowledged answer = paying.get(FaultStack.READY_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS);
        return "async confirm answered " + accepted.httpStatus() + " before the kill" + late + "; slow confirm "
                + (answeredBeforeKill ? "answered before the kill (no slow test card?): " : "retried, answered ")
                + answer.httpStatus() + " " + (answer.bookingStatus() == null ? answer.code() : answer.bookingStatus());
    }

    /** Killed the moment a payment was acknowledged: an acknowledged commit not yet on disk would be lost. */
    private String postgresDown(boolean immediate) throws Exception {
        Probe.Trip trip = probe.heldBooking();
        probe.confirm(trip, "pm_card_ok");
        if (immediate) {
            stack.stopPostgresImmediately();
        } else {
            stack.killPostmaster();
        }
        Thread.sleep(OUTAGE.toMillis());
        stack.startPostgres();
        return "killed right after a confirm was answered, down " + OUTAGE.toSeconds() + " s";
    }

    private String flushRedis() throws Exception {
        probe.confirmedAndCancelledTrip(); // answers that only Redis remembered, replayed by the checker
        stack.flushRedis();
        return "flushed after a confirm and a cancel";
    }

    private String killRedis() throws Exception {
        stack.killRedis();
        Thread.sleep(OUTAGE.toMillis());
        stack.startRedis();
        return "down " + OUTAGE.toSeconds() + " s";
    }

    private String outOfOrderEvents() throws Exception {
        Probe.Trip trip = probe.heldBooking();
        ClientView.Acknowledged paid = probe.confirm(trip, "pm_card_async");
        GatewayEvents.ChargeRef charge = events.latestCharge(trip.id());
        if (charge == null) {
            return "no charge reference recorded (confirm answered " + paid.httpStatus() + ")";
        }
        String delivered = events.outOfOrderAndDuplicated(charge) + "; control surface "
                + events.throughControlSurface(probe.adminToken(), charge);
        probe.payUntilSettled(trip); // a client that sees its booking back in HOLD pays again
        return delivered;
    }

    /**
     * The processor captured the asynchronous charge whatever happened to us, and says so with a
     * late {@code charge.succeeded}. A test gateway that keeps its own books sends that itself;
     * the in-memory one died with the JVM, so the suite will deliver it in its place, late: after
     * reconciliation has had its say ({@link #deliverLateCaptures}).
     */
    private String deliverLateSuccessIfProcessorHasNoBooks(Probe.Trip trip) throws Exception {
        try (var c = stack.db()) {
            if (InvariantChecker.hasTable(c, "test_gateway_charges")) {
                return "";
            }
        }
        GatewayEvents.ChargeRef charge = events.latestCharge(trip.id());
        if (charge == null) {
            return ", no charge reference recorded";
        }
        lateCaptures.add(charge);
        return ", the processor's charge.succeeded will come late";
    }

    /** The late events owed by a processor without books of its own; their answers. */
    String deliverLateCaptures() throws Exception {
        StringBuilder answers = new StringBuilder();
        for (GatewayEvents.ChargeRef charge : lateCaptures) {
            answers.append(events.deliver("evt_late_" + charge.reference(), "charge.succeeded", charge))
                    .append(' ');
        }
        lateCaptures.clear();
        return answers.toString().trim();
    }
}
