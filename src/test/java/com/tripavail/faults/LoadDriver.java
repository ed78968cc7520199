package com.tripavail.faults;

import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * N concurrent travelers against the real API (see {@link Traveler}), on a few small hotel packages
 * of one approved provider so holds compete for the last rooms.
 */
final class LoadDriver {
    static final String PASSWORD = "Sturdy-Faults-Passw0rd-42";

    private final ApiClient api;
    private final ApiClient travelerApi;
    private final ClientView view;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    LoadDriver(ApiClient setupApi, ApiClient travelerApi, ClientView view) {
        this.api = setupApi;
        this.travelerApi = travelerApi;
        this.view = view;
    }

    /** An approved provider and property with {@code count} packages of {@code rooms} rooms, FREE and PARTIAL policies. */
    List<String> createPackages(String adminToken, int count, int rooms) throws IOException {
        List<String> packages = new ArrayList<>();
        String provider = register("PROVIDER");
        String providerId = created(api.post(
                "/v1/providers",
                provider,
                null,
                ApiClient.json(
                        "legalName", "Faults Hotel Ltd",
                        "kind", "HOTEL",
                        "country", "PT",
                        "contactEmail", "ops@faults.tripavail.test",
                        "phone", "+351 210 000 000")));
        ok(api.post(
                "/v1/admin/providers/" + providerId + "/approve", adminToken, null, ApiClient.json("reason", "ok")));
        String propertyId = created(api.post(
                "/v1/providers/" + providerId + "/properties",
                provider,
                null,
                Json.createObjectBuilder()
                        .add("name", "Faults Hotel")
                        .add("address", "Rua Augusta 1")
                        .add("city", "Faultcity")
                        .add("country", "PT")
                        .add("latitude", 38.71)
                        .add("longitude", -9.14)
                        .add("description", "A hotel that crashes a lot")
                        .add("timeZone", "Europe/Lisbon")
                        .build()
                        .toString()));
        ok(api.post("/v1/admin/properties/" + propertyId + "/approve", adminToken, null, "{}"));
        for (int i = 0; i < count; i++) {
            var policy = i % 2 == 0
                    ? Json.createObjectBuilder().add("kind", "FREE").add("freeUntilDaysBefore", 1)
                    : Json.createObjectBuilder()
                            .add("kind", "PARTIAL")
                            .add("freeUntilDaysBefore", 30)
                            .add("refundPercent", 40);
            String body = Json.createObjectBuilder()
                    .add("propertyId", propertyId)
                    .add("title", "Faults room " + i)
                    .add("description", "Double room")
                    .add("nights", 1)
                    .add(
                            "price",
                            Json.createObjectBuilder()
                                    .add("amountMinor", 7_000 + 1_000 * i)
                                    .add("currency", "EUR"))
                    .add("maxGuests", 2)
                    .add("inclusions", Json.createArrayBuilder().add("wifi"))
                    .add("cancellationPolicy", policy)
                    .build()
                    .toString();
            String id = created(api.post("/v1/hotel-packages", provider, null, body));
            ok(api.put(
                    "/v1/hotel-packages/" + id + "/inventory",
                    provider,
                    ApiClient.json(
                            "from", LocalDate.now().plusDays(1).toString(),
                            "to", LocalDate.now().plusDays(12).toString(),
                            "units", rooms)));
            ok(api.post("/v1/hotel-packages/" + id + "/publish", provider, null, "{}"));
            packages.add(id);
        }
        return packages;
    }

    void start(int travelers, List<String> packages, long seed) throws IOException {
        running = true;
        for (int i = 0; i < travelers; i++) {
            Traveler t = new Traveler(travelerApi, register("TRAVELER"), packages, view, seed + i, () -> running);
            Thread thread = new Thread(t, "traveler-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops starting new trips and waits for the ones under way to get their final answers. */
    void stop(Duration grace) throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        for (Thread t : threads) {
            if (t.isAlive()) {
                t.interrupt();
                view.count("traveler interrupted at stop");
            }
        }
        threads.clear();
    }

    String register(String role) throws IOException {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@faults.tripavail.test";
        ApiClient.Reply r = api.post(
                "/v1/auth/register",
                null,
                null,
                ApiClient.json("email", email, "password", PASSWORD, "displayName", "Faults " + role, "role", role));
        if (r.status() != 201) {
            throw new IllegalStateException("register " + role + " answered " + r.status() + " " + r.body());
        }
        return r.field("accessToken");
    }

    String login(String email, String password) throws IOException {
        ApiClient.Reply r =
                api.post("/v1/auth/login", null, null, ApiClient.json("email", email, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login answered " + r.status() + " " + r.body());
        }
        return r.field("accessToken");
    }

    private static String created(ApiClient.Reply r) {
        if (r.status() != 201) {
            throw new IllegalStateException("expected 201, got " + r.status() + " " + r.body());
        }
        return r.field("id");
    }

    private static void ok(ApiClient.Reply r) {
        if (r.status() != 200) {
            throw new IllegalStateException("expected 200, got " + r.status() + " " + r.body());
        }
    }
}
