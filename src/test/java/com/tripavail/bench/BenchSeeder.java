package com.tripavail.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The data set, made through the public API as providers and travelers make it (so every row is one
 * the application would write): approved hotel providers with a property each and their packages
 * stocked for {@code nights} nights, tour operators with departures, travelers with tokens, and one
 * hot package whose single night every client of the hot-row scenario fights over.
 */
final class BenchSeeder {
    private static final int THREADS = 6;

    private final String base;
    private final BenchPlan plan;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String adminToken;

    BenchSeeder(String base, BenchPlan plan) {
        this.base = base;
        this.plan = plan;
    }

    /** Seeds and fills {@link BenchData}; returns a one-line description of what was made. */
    String seed() throws Exception {
        adminToken = post(
                        null,
                        "/v1/auth/login",
                        "{\"email\":\"" + BenchServer.ADMIN_EMAIL + "\",\"password\":\"" + BenchServer.ADMIN_PASSWORD
                                + "\"}",
                        200)
                .getString("accessToken");
        LocalDate first = LocalDate.now().plusDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> hotels = new ArrayList<>();
            List<String> cities = new ArrayList<>();
            for (int p = 0; p < plan.hotelProviders(); p++) {
                String city = "Benchcity" + p;
                cities.add(city);
                hotels.add(pool.submit(() -> hotelProvider(city, first)));
            }
            List<Future<Integer>> tours = new ArrayList<>();
            for (int p = 0; p < plan.tourProviders(); p++) {
                int n = p;
                tours.add(pool.submit(() -> tourOperator(n, first)));
            }
            List<Future<String>> travelers = new ArrayList<>();
            for (int t = 0; t < plan.travelers(); t++) {
                travelers.add(pool.submit(() -> register("TRAVELER")[0]));
            }
            List<String> packages = new ArrayList<>();
            for (Future<List<String>> f : hotels) {
                packages.addAll(f.get());
            }
            int departures = 0;
            for (Future<Integer> f : tours) {
                departures += f.get();
            }
            List<BenchData.Traveler> tokens = new ArrayList<>();
            for (Future<String> f : travelers) {
                tokens.add(new BenchData.Traveler(f.get()));
            }
            String[] hot = hotPackage(first);
            BenchData.baseUri = base;
            BenchData.travelers = List.copyOf(tokens);
            BenchData.hotelPackages = List.copyOf(packages);
            BenchData.cities = List.copyOf(cities);
            BenchData.firstNight = first;
            BenchData.nights = plan.nights();
            BenchData.hotPackage = hot[0];
            BenchData.hotNight = first;
            return (plan.hotelProviders() + plan.tourProviders() + 1) + " providers, " + packages.size()
                    + " hotel packages (" + packages.size() * plan.nights() + " nights of " + plan.roomsPerNight()
                    + " rooms), " + plan.tours() + " tours (" + departures + " departures), " + tokens.size()
                    + " travelers";
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> hotelProvider(String city, LocalDate first) throws Exception {
        String[] owner = register("PROVIDER");
        String providerId = onboard(owner[0], "HOTEL");
        String propertyId = post(
                        owner[0],
                        "/v1/providers/" + providerId + "/properties",
                        "{\"name\":\"Hotel " + city + "\",\"address\":\"Rua Augusta 1\",\"city\":\"" + city
                                + "\",\"country\":\"PT\",\"latitude\":38.71,\"longitude\":-9.14,"
                                + "\"description\":\"A benchmark hotel in " + city
                                + "\",\"timeZone\":\"Europe/Lisbon\"}",
                        201)
                .getString("id");
        post(adminToken, "/v1/admin/properties/" + propertyId + "/approve", "{}", 200);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < plan.hotelPackagesPerProvider(); i++) {
            ids.add(hotel(
                    owner[0],
                    propertyId,
                    city + " stay " + i,
                    8000 + 100 * i,
                    first,
                    plan.nights(),
                    plan.roomsPerNight()));
        }
        return ids;
    }

    private String hotel(
            String token, String propertyId, String title, long price, LocalDate first, int nights, int rooms)
            throws Exception {
        String id = post(
                        token,
                        "/v1/hotel-packages",
                        "{\"propertyId\":\"" + propertyId + "\",\"title\":\"" + title
                                + "\",\"description\":\"Double room with breakfast, " + title
                                + "\",\"nights\":1,\"price\":{\"amountMinor\":" + price
                                + ",\"currency\":\"EUR\"},\"maxGuests\":2,\"inclusions\":[\"breakfast\",\"wifi\"],"
                                + "\"cancellationPolicy\":{\"kind\":\"FREE\",\"freeUntilDaysBefore\":7}}",
                        201)
                .getString("id");
        send(
                token,
                "PUT",
                "/v1/hotel-packages/" + id + "/inventory",
                "{\"from\":\"" + first + "\",\"to\":\"" + first.plusDays(nights) + "\",\"units\":" + rooms + "}",
                200);
        post(token, "/v1/hotel-packages/" + id + "/publish", "{}", 200);
        return id;
    }

    private int tourOperator(int n, LocalDate first) throws Exception {
        String[] owner = register("PROVIDER");
        onboard(owner[0], "TOUR_OPERATOR");
        int departures = 0;
        for (int i = 0; i < plan.toursPerProvider(); i++) {
            String id = post(
                            owner[0],
                            "/v1/tour-packages",
                            "{\"title\":\"Benchtown" + n + " walk " + i
                                    + "\",\"description\":\"Walking tour\",\"destination\":\"Benchtown" + n
                                    + "\",\"country\":\"PT\",\"durationDays\":1,\"pricePerPerson\":{\"amountMinor\":"
                                    + (3000 + 50 * i) + ",\"currency\":\"EUR\"},\"maxGroupSize\":12,"
                                    + "\"inclusions\":[\"guide\"],\"cancellationPolicy\":{\"kind\":\"PARTIAL\","
                                    + "\"freeUntilDaysBefore\":2,\"refundPercent\":50}}",
                            201)
                    .getString("id");
            for (int d = 0; d < plan.departuresPerTour(); d++) {
                post(
                        owner[0],
                        "/v1/tour-packages/" + id + "/departures",
                        "{\"date\":\"" + first.plusDays(1 + 3L * d) + "\",\"seats\":40}",
                        201);
                departures++;
            }
            post(owner[0], "/v1/tour-packages/" + id + "/publish", "{}", 200);
        }
        return departures;
    }

    /** The hot-row package: one night with {@code hotRowRooms} rooms. */
    private String[] hotPackage(LocalDate first) throws Exception {
        String[] owner = register("PROVIDER");
        String providerId = onboard(owner[0], "HOTEL");
        String propertyId = post(
                        owner[0],
                        "/v1/providers/" + providerId + "/properties",
                        "{\"name\":\"Hot hotel\",\"address\":\"Rua Augusta 2\",\"city\":\"Hotcity\",\"country\":\"PT\","
                                + "\"latitude\":38.71,\"longitude\":-9.14,\"description\":\"Everyone wants it\","
                                + "\"timeZone\":\"Europe/Lisbon\"}",
                        201)
                .getString("id");
        post(adminToken, "/v1/admin/properties/" + propertyId + "/approve", "{}", 200);
        return new String[] {hotel(owner[0], propertyId, "Hot night", 9900, first, 1, plan.hotRowRooms())};
    }

    private String onboard(String token, String kind) throws Exception {
        String id = post(
                        token,
                        "/v1/providers",
                        "{\"legalName\":\"Bench " + kind + " Ltd\",\"kind\":\"" + kind
                                + "\",\"country\":\"PT\",\"contactEmail\":\"ops@bench.tripavail.test\","
                                + "\"phone\":\"+351 210 000 000\"}",
                        201)
                .getString("id");
        post(adminToken, "/v1/admin/providers/" + id + "/approve", "{\"reason\":\"documents checked\"}", 200);
        return id;
    }

    /** [access token, user id] of a new account. */
    private String[] register(String role) throws Exception {
        JsonObject body = post(
                null,
                "/v1/auth/register",
                "{\"email\":\"" + role.toLowerCase() + "-" + UUID.randomUUID()
                        + "@bench.tripavail.test\",\"password\":\"Sturdy-Passw0rd-42\",\"displayName\":\"Bench "
                        + role + "\",\"role\":\"" + role + "\"}",
                201);
        return new String[] {
            body.getString("accessToken"), body.getJsonObject("user").getString("id")
        };
    }

    private JsonObject post(String token, String path, String json, int expected) throws Exception {
        return send(token, "POST", path, json, expected);
    }

    private JsonObject send(String token, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        return body.isBlank() || !body.startsWith("{")
                ? Json.createObjectBuilder().build()
                : Json.createReader(new StringReader(body)).readObject();
    }
}
