package com.tripavail.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One traveler's loop: quote → hold → confirm (ok, async or declined; a decline is paid again
 * with a good card) → sometimes cancel. Every write carries an Idempotency-Key and is retried with
 * the same key and body after a timeout, a connection error, a 5xx, a 429 or a
 * request-in-progress, until the retry budget has passed. Whatever final answer arrives is
 * recorded in the {@link ClientView}.
 */
final class Traveler implements Runnable {
    static final Duration RETRY_BUDGET = Duration.ofSeconds(150);

    private final ApiClient api;
    private final String token;
    private final List<String> packages;
    private final ClientView view;
    private final Random random;
    private final BooleanSupplier running;
    private final Duration retryBudget;

    Traveler(ApiClient api, String token, List<String> packages, ClientView view, long seed, BooleanSupplier running) {
        this(api, token, packages, view, seed, running, RETRY_BUDGET);
    }

    Traveler(
            ApiClient api,
            String token,
            List<String> packages,
            ClientView view,
            long seed,
            BooleanSupplier running,
            Duration retryBudget) {
        this.retryBudget = retryBudget;
        this.api = api;
        this.token = token;
        this.packages = packages;
        this.view = view;
        this.random = new Random(seed);
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            try {
                oneTrip();
                Thread.sleep(200 + random.nextInt(500)); // a person, not a loop
            } catch (GaveUp e) {
                view.count("gave up: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void oneTrip() throws InterruptedException {
        String id = quoteAndHold();
        if (id == null) {
            return;
        }
        ClientView.Acknowledged paid = write(id, "confirm", confirmPath(id), confirmBody(pickMethod()));
        if (paid.httpStatus() == 402) {
            paid = write(id, "confirm", confirmPath(id), confirmBody("pm_card_ok"));
        }
        if (paid.httpStatus() == 202) {
            paid = awaitPayment(id);
        }
        if (paid != null && "CONFIRMED".equals(paid.bookingStatus()) && random.nextInt(4) == 0) {
            write(id, "cancel", "/v1/bookings/" + id + "/cancel", ApiClient.json("reason", "plans changed"));
        }
    }

    /** A quoted and held booking (its id), or null when a step was refused (no rooms left, say). */
    String quoteAndHold() throws InterruptedException {
        LocalDate in = LocalDate.now().plusDays(2 + random.nextInt(6));
        String quoteBody = ApiClient.json(
                "packageType",
                "HOTEL",
                "packageId",
                packages.get(random.nextInt(packages.size())),
                "checkIn",
                in.toString(),
                "checkOut",
                in.plusDays(1 + random.nextInt(2)).toString(),
                "guests",
                1,
                "units",
                1);
        ClientView.Acknowledged quote = write(null, "quote", "/v1/bookings/quote", quoteBody);
        if (quote.httpStatus() != 201) {
            return null;
        }
        String id = quote.bookingId();
        ClientView.Acknowledged hold = write(id, "hold", "/v1/bookings/" + id + "/hold", "{}");
        return hold.httpStatus() == 200 ? id : null;
    }

    private String pickMethod() {
        int r = random.nextInt(100);
        return r < 55 ? "pm_card_ok" : r < 85 ? "pm_card_async" : "pm_card_declined";
    }

    static String confirmPath(String id) {
        return "/v1/bookings/" + id + "/confirm";
    }

    static String confirmBody(String method) {
        return ApiClient.json("paymentMethod", method);
    }

    /** Reads the booking until the asynchronous payment is decided (the answer is what the traveler saw). */
    ClientView.Acknowledged awaitPayment(String id) throws InterruptedException {
        ClientView.Acknowledged last = null;
        for (int i = 0; i < 10 && running.getAsBoolean(); i++) {
            Thread.sleep(1000);
            try {
                ApiClient.Reply r = api.get("/v1/bookings/" + id, token);
                if (r.status() == 200) {
                    last = view.record(id, "read", "/v1/bookings/" + id, token, null, null, r, false);
                    if (!"PAYMENT".equals(last.bookingStatus())) {
                        return last;
                    }
                }
            } catch (IOException down) {
                // reads are not retried: the next poll is the retry
            }
        }
        return last;
    }

    /** Sends one write until it gets a final answer, with the same key and body every time. */
    ClientView.Acknowledged write(String bookingId, String op, String path, String body) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + retryBudget.toNanos();
        long backoff = 200;
        boolean retried = false;
        while (true) {
            String failure;
            try {
                ApiClient.Reply r = api.post(path, token, key, body);
                if (!retryable(r)) {
                    String id = bookingId != null ? bookingId : r.field("id");
                    return view.record(id, op, path, token, key, body, r, retried);
                }
                failure = "status " + r.status() + (r.field("code") == null ? "" : " " + r.field("code"));
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
            }
            view.count("retry " + op + " after " + failure);
            if (System.nanoTime() > deadline) {
                throw new GaveUp(op + " after " + failure);
            }
            retried = true;
            Thread.sleep(backoff + random.nextInt(200));
            backoff = Math.min(backoff * 2, 3000);
        }
    }

    /**
     * No final answer: a 5xx, throttling, the first attempt still running, or a 404 that is not
     * the application's (no problem code: Liberty answering while the application is not yet deployed).
     */
    private static boolean retryable(ApiClient.Reply r) {
        return r.status() >= 500
                || (r.status() == 404 && r.field("code") == null)
                || r.status() == 429
                || (r.status() == 409 && "idempotency_in_progress".equals(r.field("code")));
    }

    static final class GaveUp extends RuntimeException {
        GaveUp(String what) {
            super(what, null, false, false);
        }
    }
}
