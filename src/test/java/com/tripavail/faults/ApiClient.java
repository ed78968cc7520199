package com.tripavail.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A plain JSON-over-HTTP client, as a traveler's app would be: one request, one answer or an I/O error. */
final class ApiClient {
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUri;
    private final Duration timeout;

    ApiClient(String baseUri, Duration timeout) {
        this.baseUri = baseUri;
        this.timeout = timeout;
    }

    /** What the server answered: status, body (a JSON object, or null), whether it was a replay. */
    record Reply(int status, String body, boolean replayed) {
        JsonObject json() {
            if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            } catch (RuntimeException notJson) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
        }

        String field(String name) {
            JsonValue v = json().get(name);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            return v.getValueType() == JsonValue.ValueType.STRING ? json().getString(name) : v.toString();
        }
    }

    Reply post(String path, String token, String idempotencyKey, String jsonBody) throws IOException {
        HttpRequest.Builder b = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "{}" : jsonBody));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    Reply postSigned(String path, String signatureHeader, String signature, String jsonBody) throws IOException {
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .header(signatureHeader, signature)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    Reply put(String path, String token, String jsonBody) throws IOException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    Reply get(String path, String token) throws IOException {
        return send(request(path, token).GET().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("X-Forwarded-For", nextAddress());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(),
                    r.body(),
                    r.headers()
                            .firstValue("Idempotent-Replayed")
                            .map("true"::equalsIgnoreCase)
                            .orElse(false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** 10.x.y.z per request (X-Forwarded-For from the trusted loopback peer), like many phones. */
    private static String nextAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    static String json(Object... keyValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            String k = (String) keyValues[i];
            Object v = keyValues[i + 1];
            if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else if (v instanceof JsonValue jv) {
                b.add(k, jv);
            } else {
                b.add(k, String.valueOf(v));
            }
        }
        return b.build().toString();
    }
}
