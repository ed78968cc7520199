package com.tripavail.it.payment;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.ledger;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.payment.WebhookSignature;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.ApprovedHotelProvider;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.GatewayFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Asynchronous payments finished by the signed webhook, and the webhook endpoint's refusals and dedup. */
@ExtendWith(TripAvailServer.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class WebhookIT {
    @RegisterExtension
    static final ApprovedHotelProvider hotels = new ApprovedHotelProvider();

    private static String event(String id, String type, String reference) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"data\":{\"reference\":\"" + reference + "\"}}";
    }

    private static io.restassured.response.Response post(String body, String signature) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (signature != null) {
            spec.header(WebhookSignature.HEADER, signature);
        }
        return spec.post("/v1/payments/webhooks/test");
    }

    private static String signed(String body, Instant at) {
        return WebhookSignature.sign(TestSettings.WEBHOOK_SECRET, at.getEpochSecond(), body);
    }

    private static long stored(String eventId) {
        return BookingFixtures.queryLong("SELECT COUNT(*) FROM webhook_events WHERE event_id = ?", eventId);
    }

    /** A new traveler's hold of one night, {@code daysAhead} days from today, on a two-room package of its own. */
    private static Stay held(int daysAhead) {
        String pkg = HotelPackages.of(hotels.setup()).price(6_000).rooms(2).publish();
        return Stay.held(pkg, LocalDate.now().plusDays(daysAhead), 1, 1);
    }

    @Test
    void asyncPaymentEndsConfirmedThroughTheSignedWebhook() {
        Stay stay = held(6);
        String id = stay.bookingId();
        confirm(stay.traveler(), id, "pm_card_async").then().statusCode(202).body("status", equalTo("PAYMENT"));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> "CONFIRMED".equals(stay.status()));
        assertThat(ledger(hotels.admin(), id).getList("data.kind")).containsExactly("CHARGE");
        assertThat(BookingFixtures.sold(stay.packageId(), stay.checkIn())).isEqualTo(1);
        assertThat(stay.actors()).last().isEqualTo("gateway:webhook");
    }

    @Test
    void badMissingOrStaleSignaturesAreRefusedAndNothingIsStored() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = event(eventId, "charge.succeeded", "ch_nothing");
        post(body, null).then().statusCode(400).body("code", equalTo("invalid_signature"));
        post(body, "t=" + Instant.now().getEpochSecond() + ",v1=" + "ab".repeat(32))
                .then()
                .statusCode(400);
        post(body, WebhookSignature.sign("another-secret", Instant.now().getEpochSecond(), body))
                .then()
                .statusCode(400);
        post(body, signed(body, Instant.now().minusSeconds(301))).then().statusCode(400);
        post(body, signed(body.replace("ch_nothing", "ch_other"), Instant.now()))
                .then()
                .statusCode(400);
        post(body, "garbage").then().statusCode(400);
        assertThat(stored(eventId)).isZero();
    }

    @Test
    void aRepeatedEventIsAcknowledgedAndProcessedOnce() {
        Stay stay = held(7);
        String id = stay.bookingId();
        confirm(stay.traveler(), id, "pm_card_ok").then().statusCode(200);
        String reference = BookingFixtures.queryString(
                "SELECT p.gateway_ref FROM payments p JOIN bookings b ON b.id = p.booking_id"
                        + " WHERE b.public_id = ?::uuid",
                id);

        String eventId = "evt_" + UUID.randomUUID();
        String body = event(eventId, "charge.succeeded", reference);
        post(body, signed(body, Instant.now()))
                .then()
                .statusCode(200)
                .body("duplicate", equalTo(false))
                .body("status", equalTo("PROCESSED"));
        post(body, signed(body, Instant.now())).then().statusCode(200).body("duplicate", equalTo(true));
        assertThat(stored(eventId)).isEqualTo(1);
        assertThat(BookingFixtures.queryLong("SELECT attempts FROM webhook_events WHERE event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(ledger(hotels.admin(), id).getList("data.kind")).containsExactly("CHARGE");
        assertThat(stay.status()).isEqualTo("CONFIRMED");
    }

    @Test
    void failedEventsAreLoggedWithTheirErrorAndCanBeReplayed() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = event(eventId, "charge.succeeded", "ch_unknown_" + UUID.randomUUID());
        post(body, signed(body, Instant.now())).then().statusCode(200).body("status", equalTo("FAILED"));
        List<String> failed = hotels.admin()
                .as()
                .queryParam("status", "FAILED")
                .queryParam("limit", 100)
                .get("/v1/admin/webhook-events")
                .then()
                .statusCode(200)
                .extract()
                .path("data.eventId");
        assertThat(failed).contains(eventId);
        String id =
                BookingFixtures.queryString("SELECT public_id::text FROM webhook_events WHERE event_id = ?", eventId);
        hotels.admin()
                .as()
                .post("/v1/admin/webhook-events/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("attempts", equalTo(2));
        Accounts.traveler().as().get("/v1/admin/webhook-events").then().statusCode(403);
    }

    @Test
    void aPaymentThatSucceedsAfterCancellationIsRefundedNotConfirmed() {
        Stay stay = held(8);
        String id = stay.bookingId();
        confirm(stay.traveler(), id, "pm_card_async").then().statusCode(202);
        BookingFixtures.cancel(stay.traveler(), id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> BookingFixtures.queryLong(
                                "SELECT COUNT(*) FROM journals j JOIN bookings b ON b.id = j.booking_id WHERE b.public_id = ?::uuid"
                                        + " AND j.kind = 'LATE_REFUND'",
                                id)
                        == 1);
        assertThat(stay.status()).isEqualTo("CANCELLED");
        assertThat(BookingFixtures.queryString(
                        "SELECT p.status FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE'",
                        id))
                .isEqualTo("REFUNDED");
        assertThat(BookingFixtures.held(stay.packageId(), stay.checkIn())).isZero();
        assertThat(BookingFixtures.sold(stay.packageId(), stay.checkIn())).isZero();
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
    }

    /**
     * A lost webhook: the charge stays pending at the test gateway, then the processor settles it
     * without ever sending its event. The reconciliation job asks the gateway and confirms.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aLostWebhookIsMadeGoodByReconciliation() throws Exception {
        Stay stay = held(9);
        String id = stay.bookingId();
        confirm(stay.traveler(), id, "pm_card_pending").then().statusCode(202);
        String reference =
                GatewayFixtures.gatewayReference(GatewayFixtures.onlyCharge(id).id());
        GatewayFixtures.outcome(hotels.admin(), reference, "SUCCEEDED", List.of(), 1); // captured, the event is lost
        Thread.sleep(3_000);
        assertThat(stay.status()).isEqualTo("PAYMENT");

        BookingFixtures.update(
                "UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE public_id = ?::uuid", id);
        Jobs.run(hotels.admin(), "payment-reconciliation");
        assertThat(stay.status()).isEqualTo("CONFIRMED");
        assertThat(stay.actors()).last().isEqualTo("system:reconciliation");
        assertThat(ledger(hotels.admin(), id).getList("data.kind")).containsExactly("CHARGE");
    }
}
