package com.tripavail.payment;

import com.tripavail.platform.config.AppConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The test gateway's webhook sender. Events are rows in {@code test_gateway_events} (due time,
 * attempts), so a server killed before delivering still delivers after its restart, like a
 * processor that retries. One timer at a time, armed for the next due event (no idle polling);
 * delivered in id order, each retried with back-off on a non-2xx answer, up to {@link #MAX_ATTEMPTS}.
 */
@ApplicationScoped
public class TestGatewayEvents {
    static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = Logger.getLogger(TestGatewayEvents.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TestGatewayBooks books;

    @Inject
    PaymentSettings settings;

    @Inject
    AppConfig app;

    Clock clock = Clock.systemUTC();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private ScheduledFuture<?> next;
    private Instant nextAt;

    /** Events left undelivered by a previous run of the server go out after a start. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!app.environment().isProduction()) {
            wake(clock.instant().plusSeconds(5));
        }
    }

    /** Schedules {@code repeat} deliveries of one new event (the same event id each time: duplicates). */
    public String schedule(String type, String reference, Instant dueAt, int repeat) {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < repeat; i++) {
            books.scheduleEvent(eventId, type, reference, dueAt);
        }
        wake(dueAt);
        return eventId;
    }

    synchronized void wake(Instant at) {
        if (next != null && !next.isDone() && nextAt != null && !at.isBefore(nextAt)) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        nextAt = at;
        next = scheduler.schedule(this::run, delay, TimeUnit.MILLISECONDS);
    }

    private void run() {
        synchronized (this) {
            next = null;
            nextAt = null;
        }
        try {
            Instant now = clock.instant();
            books.settleDue(now);
            List<TestGatewayBooks.DueEvent> due = books.leaseDue(now, now.plus(LEASE), 20);
            for (TestGatewayBooks.DueEvent e : due) {
                deliver(e);
            }
            if (due.size() == 20) {
                wake(clock.instant());
            } else {
                books.nextWork().ifPresent(this::wake);
            }
        } catch (RuntimeException e) {
            // the database may be away: try again a little later
            LOG.log(Level.FINE, "Test gateway delivery run failed; retrying", e);
            wake(clock.instant().plusSeconds(5));
        }
    }

    private void deliver(TestGatewayBooks.DueEvent e) {
        Instant now = clock.instant();
        String answer;
        boolean delivered;
        try {
            HttpResponse<String> response = http.send(request(e), HttpResponse.BodyHandlers.ofString());
            delivered = response.statusCode() / 100 == 2;
            answer = response.statusCode() + " " + response.body();
        } catch (Exception ex) {
            delivered = false;
            answer = ex.getClass().getSimpleName();
        }
        Instant retryAt = delivered || e.attempts() >= MAX_ATTEMPTS
                ? null
                : now.plusSeconds(Math.min(60, 1L << Math.min(e.attempts(), 6)));
        if (!delivered) {
            String why = answer;
            LOG.warning(() -> "Test gateway webhook " + e.eventId() + " (" + e.type() + ") not accepted: " + why
                    + (retryAt == null ? "; giving up" : "; retrying"));
        }
        books.answered(e.id(), answer, delivered, retryAt, now);
    }

    private HttpRequest request(TestGatewayBooks.DueEvent e) {
        TestGatewayBooks.Entry charge = books.byReference(e.reference()).orElse(null);
        var data = Json.createObjectBuilder().add("reference", e.reference());
        if (charge != null) {
            data.add("amountMinor", charge.amountMinor())
                    .add("currency", charge.currency())
                    .add("idempotencyKey", charge.idempotencyKey());
        }
        String body = Json.createObjectBuilder()
                .add("id", e.eventId())
                .add("type", e.type())
                .add("data", data)
                .build()
                .toString();
        String signature =
                WebhookSignature.sign(settings.webhookSecret(), clock.instant().getEpochSecond(), body);
        return HttpRequest.newBuilder(
                        URI.create(settings.appBaseUrl() + "/v1/payments/webhooks/" + TestPaymentGateway.NAME))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
