package com.tripavail.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SQL statements per request from pg_stat_statements: the counters are reset, {@code samples}
 * requests of one kind are sent one after the other, and the calls recorded meanwhile are divided by
 * the requests. Background timers (the search indexer's poll) may add a fraction.
 */
final class StatementCounter {
    private final BenchServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int samples;
    /** The statements one hold ran (text and calls per hold), for docs and the pgbench script. */
    final List<String> holdStatements = new ArrayList<>();

    StatementCounter(BenchServer server, int samples) {
        this.server = server;
        this.samples = samples;
    }

    Map<String, Double> count() throws Exception {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        perRequest.put("version", measure(i -> get("/v1/version", null), null));
        perRequest.put("listing", measure(i -> get("/v1/hotel-packages?limit=20", null), null));
        perRequest.put("detail", measure(i -> get("/v1/hotel-packages/" + BenchData.anyHotel(), null), null));
        List<BenchData.Booking> quotes = new ArrayList<>();
        perRequest.put("quote", measure(i -> quotes.add(quote()), null));
        perRequest.put("hold", measure(i -> post(quotes.get(i), "hold", null), holdStatements));
        perRequest.put(
                "confirm", measure(i -> post(quotes.get(i), "confirm", "{\"paymentMethod\":\"pm_card_ok\"}"), null));
        perRequest.put("cancel", measure(i -> post(quotes.get(i), "cancel", "{\"reason\":\"plans changed\"}"), null));
        return perRequest;
    }

    private interface Request {
        void send(int i) throws Exception;
    }

    private double measure(Request request, List<String> statements) throws Exception {
        try (Connection c = server.db();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
            for (int i = 0; i < samples; i++) {
                request.send(i);
            }
            long calls = 0;
            try (ResultSet rs = s.executeQuery("SELECT calls, query FROM pg_stat_statements"
                    + " WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC")) {
                while (rs.next()) {
                    calls += rs.getLong(1);
                    if (statements != null) {
                        statements.add(String.format(
                                "%.2f × `%s`",
                                rs.getLong(1) / (double) samples,
                                rs.getString(2).replaceAll("\\s+", " ")));
                    }
                }
            }
            return calls / (double) samples;
        }
    }

    private BenchData.Booking quote() throws Exception {
        BenchData.Traveler t = BenchData.anyTraveler();
        var night = BenchData.anyNight();
        String body = send(
                HttpRequest.newBuilder(URI.create(BenchData.baseUri + "/v1/bookings/quote"))
                        .header("Authorization", "Bearer " + t.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"packageType\":\"HOTEL\",\"packageId\":\""
                                + BenchData.anyHotel() + "\",\"checkIn\":\"" + night + "\",\"checkOut\":\""
                                + night.plusDays(1)
                                + "\",\"guests\":1,\"units\":1}")),
                201);
        int at = body.indexOf("\"id\":\"") + 6;
        return new BenchData.Booking(t.token(), body.substring(at, body.indexOf('"', at)));
    }

    private void post(BenchData.Booking b, String action, String json) throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(BenchData.baseUri + "/v1/bookings/" + b.id() + "/" + action))
                        .header("Authorization", "Bearer " + b.token())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .POST(
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json)),
                200);
    }

    private void get(String path, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(BenchData.baseUri + path));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        send(r, 200);
    }

    private String send(HttpRequest.Builder r, int expected) throws Exception {
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    r.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static long oversoldNights(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM hotel_nights WHERE held + sold > total")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
