package com.tripavail.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the seeder made and what the scenarios hand on to each other within one run: quotes made by
 * the quote scenario are held by the hold scenario, holds are confirmed, confirmations cancelled
 * (each falls back to making its own when the queue before it is empty).
 */
final class BenchData {
    record Traveler(String token) {}

    record Booking(String token, String id) {}

    static volatile String baseUri;
    static volatile List<Traveler> travelers = List.of();
    static volatile List<String> hotelPackages = List.of();
    static volatile List<String> cities = List.of();
    static volatile LocalDate firstNight;
    static volatile int nights;
    static volatile String hotPackage;
    static volatile LocalDate hotNight;

    static final Queue<Booking> QUOTES = new ConcurrentLinkedQueue<>();
    static final Queue<Booking> HOT_QUOTES = new ConcurrentLinkedQueue<>();
    static final Queue<Booking> HOLDS = new ConcurrentLinkedQueue<>();
    static final Queue<Booking> CONFIRMED = new ConcurrentLinkedQueue<>();

    private BenchData() {}

    static Traveler anyTraveler() {
        return travelers.get(ThreadLocalRandom.current().nextInt(travelers.size()));
    }

    static String anyHotel() {
        return hotelPackages.get(ThreadLocalRandom.current().nextInt(hotelPackages.size()));
    }

    static String anyCity() {
        return cities.get(ThreadLocalRandom.current().nextInt(cities.size()));
    }

    static LocalDate anyNight() {
        return firstNight.plusDays(ThreadLocalRandom.current().nextInt(nights));
    }
}
