package com.tripavail.faults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the travelers were told: each acknowledged answer (a final status the server sent
 * back, never a timeout or a 5xx) with the booking, its status and amounts as the body said, and
 * the request that got it, so the checker can hold the database to it and replay the request.
 */
final class ClientView {
    /** One answer a traveler received and believed. */
    record Acknowledged(
            long seq,
            String bookingId,
            String op,
            String path,
            String token,
            String idempotencyKey,
            String requestBody,
            int httpStatus,
            String bookingStatus,
            long totalMinor,
            long refundMinor,
            String code,
            boolean afterRetry) {
        boolean isWrite() {
            return !op.equals("read");
        }
    }

    private final AtomicLong seq = new AtomicLong();
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    Acknowledged record(
            String bookingId,
            String op,
            String path,
            String token,
            String key,
            String body,
            ApiClient.Reply reply,
            boolean afterRetry) {
        String status = reply.field("status");
        Acknowledged a = new Acknowledged(
                seq.incrementAndGet(),
                bookingId,
                op,
                path,
                token,
                key,
                body,
                reply.status(),
                reply.status() < 300 ? status : null,
                reply.status() < 300 ? amount(reply, "totalMinor") : 0,
                reply.status() < 300 ? longOrZero(reply.field("refundMinor")) : 0,
                reply.field("code"),
                afterRetry);
        acknowledged.add(a);
        count(op + " " + reply.status());
        return a;
    }

    void count(String what) {
        counters.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    long counter(String what) {
        AtomicLong c = counters.get(what);
        return c == null ? 0 : c.get();
    }

    Map<String, Long> counters() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(e.getKey(), e.getValue().get()));
        return sorted;
    }

    List<Acknowledged> all() {
        List<Acknowledged> list = new ArrayList<>(acknowledged);
        list.sort(Comparator.comparingLong(Acknowledged::seq));
        return list;
    }

    /** Per booking, the last thing its traveler was told about it (answers in the order received). */
    Map<String, Acknowledged> lastPerBooking() {
        Map<String, Acknowledged> last = new LinkedHashMap<>();
        for (Acknowledged a : all()) {
            if (a.bookingId() != null && a.bookingStatus() != null) {
                last.put(a.bookingId(), a);
            }
        }
        return last;
    }

    private static long amount(ApiClient.Reply reply, String field) {
        var snapshot = reply.json().getJsonObject("priceSnapshot");
        return snapshot == null || !snapshot.containsKey(field)
                ? 0
                : snapshot.getJsonNumber(field).longValue();
    }

    private static long longOrZero(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
