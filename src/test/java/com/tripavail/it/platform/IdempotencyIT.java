package com.tripavail.it.platform;

import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.ApprovedHotelProvider;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.JedisPooled;

/** Idempotency-Key semantics, and that Redis is only an accelerator: the database never double-charges. */
@ExtendWith(TripAvailServer.class)
class IdempotencyIT {
    @RegisterExtension
    static final ApprovedHotelProvider hotels = new ApprovedHotelProvider();

    /** A published package of {@code rooms} rooms at 50.00 EUR a night. */
    private static String rooms(int rooms) {
        return HotelPackages.of(hotels.setup()).price(5_000).rooms(rooms).publish();
    }

    private static String heldBooking(Accounts.Session traveler, String pkg, int offset) {
        return Stay.quoted(traveler, pkg, LocalDate.now().plusDays(offset), 1, 1)
                .hold()
                .bookingId();
    }

    private static long charges(String bookingId) {
        return BookingFixtures.queryLong(
                "SELECT COUNT(*) FROM payments p JOIN bookings b ON b.id = p.booking_id"
                        + " WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE' AND p.status IN ('PENDING','SUCCEEDED')",
                bookingId);
    }

    /**
     * Confirms twice with one key: both answers have {@code status}, the second is the first replayed
     * (marked, byte for byte); the first answer.
     */
    private static Response confirmTwice(Accounts.Session traveler, String id, String method, String key, int status) {
        Response first = BookingFixtures.confirm(traveler, id, method, key);
        first.then().statusCode(status);
        Response replay = BookingFixtures.confirm(traveler, id, method, key);
        replay.then().statusCode(status).header("Idempotent-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(first.asString());
        return first;
    }

    @Test
    void keyIsRequiredOnHoldConfirmCancel() {
        String pkg = rooms(5);
        Accounts.Session traveler = Accounts.traveler();
        String id = quotedHotel(
                traveler, pkg, LocalDate.now().plusDays(4), LocalDate.now().plusDays(5), 1);
        List<Response> withoutKey = List.of(
                traveler.as().post("/v1/bookings/" + id + "/hold"),
                traveler.as().body(Map.of("paymentMethod", "pm_card_ok")).post("/v1/bookings/" + id + "/confirm"),
                traveler.as().post("/v1/bookings/" + id + "/cancel"));
        for (Response refused : withoutKey) {
            refused.then().statusCode(400).body("code", equalTo("idempotency_key_required"));
        }
        traveler.as().get("/v1/bookings/" + id).then().body("status", equalTo("QUOTE"));
    }

    @Test
    void replayReturnsTheFirstAnswerAndAnotherBodyIsRefused() {
        String pkg = rooms(5);
        Accounts.Session traveler = Accounts.traveler();
        String id = heldBooking(traveler, pkg, 6);
        String key = UUID.randomUUID().toString();

        confirmTwice(traveler, id, "pm_card_declined", key, 402).then().body("code", equalTo("payment_declined"));

        BookingFixtures.confirm(traveler, id, "pm_card_ok", key)
                .then()
                .statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));

        String okKey = UUID.randomUUID().toString();
        confirmTwice(traveler, id, "pm_card_ok", okKey, 200).then().body("status", equalTo("CONFIRMED"));
        assertThat(charges(id)).isEqualTo(1);

        // keys are per user: another traveler's identical key is a different key
        Accounts.traveler()
                .as()
                .header("Idempotency-Key", okKey)
                .body(Map.of("paymentMethod", "pm_card_ok"))
                .post("/v1/bookings/" + id + "/confirm")
                .then()
                .statusCode(404);
    }

    @Test
    void concurrentConfirmsWithOneKeyChargeOnce() throws Exception {
        String pkg = rooms(5);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Accounts.Session traveler = Accounts.traveler();
                String id = heldBooking(traveler, pkg, 10 + round);
                String key = UUID.randomUUID().toString();
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(pool.submit(() -> BookingFixtures.confirm(traveler, id, "pm_card_ok", key)
                            .statusCode()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> c : calls) {
                    statuses.add(c.get());
                }
                assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
                assertThat(charges(id)).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void losingRedisNeverChargesTwice() throws Exception {
        String pkg = rooms(8);
        try (JedisPooled redis = redis()) {
            for (int round = 0; round < 3; round++) {
                Accounts.Session traveler = Accounts.traveler();
                String id = heldBooking(traveler, pkg, 20 + round);
                String key = UUID.randomUUID().toString();
                Response first =
                        post(traveler, key, "/v1/bookings/" + id + "/confirm", Map.of("paymentMethod", "pm_card_ok"));
                assertThat(first.statusCode()).isEqualTo(200);
                redis.flushAll();
                // the retry after the flush replays the answer PostgreSQL kept; the payment table refuses a second
                // charge anyway
                assertReplayed(
                        first,
                        post(traveler, key, "/v1/bookings/" + id + "/confirm", Map.of("paymentMethod", "pm_card_ok")));
                assertThat(charges(id)).isEqualTo(1);
            }
        }
    }

    /**
     * Finding 4 of issue 11: after Redis lost every key (FLUSHALL), a retry of a successful hold,
     * confirm or cancel, or of a declined confirm, with the same key and body replays the original
     * status and body (stored in PostgreSQL with the effect) instead of 409 invalid_transition.
     */
    @Test
    void afterRedisLostItsKeysARetryReplaysTheOriginalAnswer() throws Exception {
        String pkg = rooms(8);
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(30);
        String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        String declined = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
        try (JedisPooled redis = redis()) {
            String holdKey = UUID.randomUUID().toString();
            Response hold = post(traveler, holdKey, "/v1/bookings/" + id + "/hold", null);
            assertThat(hold.statusCode()).isEqualTo(200);
            BookingFixtures.hold(traveler, declined).then().statusCode(200);
            String declineKey = UUID.randomUUID().toString();
            Response decline = post(
                    traveler,
                    declineKey,
                    "/v1/bookings/" + declined + "/confirm",
                    Map.of("paymentMethod", "pm_card_declined"));
            assertThat(decline.statusCode()).isEqualTo(402);
            String confirmKey = UUID.randomUUID().toString();
            Response confirm = post(
                    traveler, confirmKey, "/v1/bookings/" + id + "/confirm", Map.of("paymentMethod", "pm_card_ok"));
            assertThat(confirm.statusCode()).isEqualTo(200);
            String cancelKey = UUID.randomUUID().toString();
            Response cancel = post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "changed"));
            assertThat(cancel.statusCode()).isEqualTo(200);

            redis.flushAll();

            assertReplayed(hold, post(traveler, holdKey, "/v1/bookings/" + id + "/hold", null));
            assertReplayed(
                    confirm,
                    post(
                            traveler,
                            confirmKey,
                            "/v1/bookings/" + id + "/confirm",
                            Map.of("paymentMethod", "pm_card_ok")));
            assertReplayed(
                    cancel, post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "changed")));
            assertReplayed(
                    decline,
                    post(
                            traveler,
                            declineKey,
                            "/v1/bookings/" + declined + "/confirm",
                            Map.of("paymentMethod", "pm_card_declined")));
            // the same key with another body is still refused
            post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "other"))
                    .then()
                    .statusCode(422)
                    .body("code", equalTo("idempotency_key_reused"));
        }
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE'",
                        declined))
                .isEqualTo(1);
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?::uuid AND p.kind = 'REFUND'",
                        id))
                .isEqualTo(1);
    }

    /**
     * A hold refused for want of rooms records no answer with an effect (its transaction rolled back):
     * the refusal itself is what PostgreSQL keeps, so after Redis lost every key a retry replays the
     * 409 even though a room has been freed since (re-running the hold would now take it).
     */
    @Test
    void aRefusedHoldReplaysItsRefusalAfterRedisLostItsKeys() throws Exception {
        String pkg = rooms(1);
        LocalDate in = LocalDate.now().plusDays(33);
        Accounts.Session first = Accounts.traveler();
        Accounts.Session second = Accounts.traveler();
        String taken = quotedHotel(first, pkg, in, in.plusDays(1), 1);
        String refused = quotedHotel(second, pkg, in, in.plusDays(1), 1);
        BookingFixtures.hold(first, taken).then().statusCode(200);
        try (JedisPooled redis = redis()) {
            String key = UUID.randomUUID().toString();
            Response refusal = post(second, key, "/v1/bookings/" + refused + "/hold", null);
            assertThat(refusal.statusCode()).isEqualTo(409);
            assertThat(refusal.jsonPath().getString("code")).isEqualTo("insufficient_inventory");
            BookingFixtures.cancel(first, taken).then().statusCode(200); // the room is free again

            redis.flushAll();

            assertReplayed(refusal, post(second, key, "/v1/bookings/" + refused + "/hold", null));
        }
        assertThat(BookingFixtures.status(second, refused)).isEqualTo("QUOTE");
    }

    /**
     * Found by the fault suite: Redis restarted holding a request's "in progress" claim but not its
     * answer (the claim was persisted, the completion was not). A retry is answered from PostgreSQL,
     * not told {@code 409 idempotency_in_progress} for a request that finished long ago.
     */
    @Test
    void aStaleInProgressClaimInRedisDoesNotHideTheStoredAnswer() throws Exception {
        String pkg = rooms(8);
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(30);
        String id = Stay.quoted(traveler, pkg, in, 1, 1).hold().pay().bookingId();
        String cancelKey = UUID.randomUUID().toString();
        Response cancel = post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "changed"));
        assertThat(cancel.statusCode()).isEqualTo(200);
        try (JedisPooled redis = redis()) {
            String keyHash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(cancelKey.getBytes(StandardCharsets.UTF_8)));
            Set<String> keys = redis.keys("idem:*:" + keyHash);
            assertThat(keys).hasSize(1);
            String redisKey = keys.iterator().next();
            String[] answer = redis.get(redisKey).split("\\|", 3);
            assertThat(answer[0]).isEqualTo("D");
            redis.set(redisKey, "P|" + answer[1]); // back to the claim, as if the answer never reached Redis
        }
        assertReplayed(
                cancel, post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "changed")));
        // and Redis holds the answer again: the next retry takes the fast path
        assertReplayed(
                cancel, post(traveler, cancelKey, "/v1/bookings/" + id + "/cancel", Map.of("reason", "changed")));
    }

    private static JedisPooled redis() {
        URI redisUri = URI.create(TripAvailServer.get().services().redisUrl());
        return new JedisPooled(redisUri.getHost(), redisUri.getPort());
    }

    private static Response post(Accounts.Session who, String key, String path, Map<String, ?> body) {
        var spec = who.as().header("Idempotency-Key", key);
        if (body != null) {
            spec.body(body);
        }
        return spec.post(path);
    }

    private static void assertReplayed(Response original, Response retry) {
        assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(original.statusCode());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(original.jsonPath().getMap("$"));
    }
}
