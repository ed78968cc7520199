package com.tripavail.bench;

import java.time.Duration;

/**
 * What one benchmark run does: the data set's size and each phase's length. {@code full} is the
 * benchmark (docs/performance.md); {@code smoke} is the same harness in about a minute of load, run by
 * the test command so it never rots (no thresholds: numbers belong to the benchmark).
 */
public record BenchPlan(
        String mode,
        int hotelProviders,
        int tourProviders,
        int hotelPackagesPerProvider,
        int toursPerProvider,
        int departuresPerTour,
        int travelers,
        int nights,
        int roomsPerNight,
        int hotRowRooms,
        int concurrency,
        Duration closedLoop,
        Duration openLoop,
        Duration pgbench,
        int statementSamples) {

    public static BenchPlan of(String mode) {
        return switch (mode) {
            case "smoke" ->
                new BenchPlan(
                        "smoke",
                        3,
                        1,
                        10,
                        5,
                        3,
                        60,
                        30,
                        50,
                        500,
                        8,
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3),
                        3);
            // ~1,600 hotel packages x 60 nights (96k nights) + 400 tours x 10 departures; 2,000 travelers
            // the full harness on a tenth of the data set, 15 s phases: for a machine too loaded to seed the full set
            // in time
            case "quick" ->
                new BenchPlan(
                        "quick",
                        10,
                        4,
                        30,
                        25,
                        5,
                        500,
                        60,
                        200,
                        10_000,
                        32,
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(15),
                        20);
            case "full" ->
                new BenchPlan(
                        "full",
                        30,
                        10,
                        54,
                        40,
                        10,
                        2000,
                        60,
                        200,
                        10_000,
                        32,
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(20),
                        20);
            default -> throw new IllegalArgumentException("bench.mode is smoke, quick or full, not " + mode);
        };
    }

    public int hotelPackages() {
        return hotelProviders * hotelPackagesPerProvider;
    }

    public int tours() {
        return tourProviders * toursPerProvider;
    }

    public boolean smoke() {
        return "smoke".equals(mode);
    }
}
