package com.tripavail.it.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TestMailServer;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notification outbox delivered by SMTP to a real mail server, with retries and dead letters. */
@ExtendWith(TripAvailServer.class)
class NotificationIT {
    private static Accounts.Session admin;
    private static CatalogFixtures.HotelSetup setup;
    private static String packageId;
    private static int nextNight = 50;

    @BeforeAll
    static void prepare() {
        admin = Accounts.admin();
        setup = CatalogFixtures.approvedHotelProvider(admin);
        packageId = HotelPackages.of(setup).price(12_345).rooms(5).publish();
    }

    private static String confirmedBooking(Accounts.Session traveler) {
        LocalDate in = LocalDate.now().plusDays(nextNight++);
        return Stay.quoted(traveler, packageId, in, 2, 1).hold().pay().bookingId();
    }

    private static int dispatch() {
        String exit = com.tripavail.testenv.Jobs.runForExit(admin, "notification-dispatch");
        assertThat(exit).startsWith("HANDLED_");
        return Integer.parseInt(exit.substring("HANDLED_".length()));
    }

    private static Map<String, Object> notificationOf(String bookingId) {
        List<Map<String, Object>> rows = admin.as()
                .queryParam("limit", 100)
                .get("/v1/admin/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("data.findAll { it.subjectId == '" + bookingId + "' }");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static void timerDispatch(boolean enabled) {
        Jobs.enable(admin, "notification-dispatch", enabled);
    }

    @Test
    void aConfirmedBookingIsMailedToItsTravelerExactlyOnce() {
        Accounts.Session traveler = Accounts.traveler();
        String bookingId = confirmedBooking(traveler);
        dispatch();
        dispatch();

        List<TestMailServer.Mail> mails = TripAvailServer.get().mail().receivedBy(traveler.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).startsWith("Your booking is confirmed");
        long total = ((Number) traveler.as()
                        .get("/v1/bookings/" + bookingId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("priceSnapshot.totalMinor"))
                .longValue();
        String amount = "EUR " + java.math.BigDecimal.valueOf(total, 2).toPlainString();
        assertThat(mails.get(0).body()).contains(bookingId).contains(amount);
        Map<String, Object> row = notificationOf(bookingId);
        assertThat(row)
                .containsEntry("status", "SENT")
                .containsEntry("kind", "BOOKING_CONFIRMED")
                .containsEntry("attempts", 1);
        assertThat(row.get("sentAt")).isNotNull();
    }

    @Test
    void failedDeliveriesBackOffThenGoDeadAndAnAdminRetryDeliversThem() {
        TestMailServer mail = TripAvailServer.get().mail();
        timerDispatch(false);
        try {
            mail.stop();
            Accounts.Session traveler = Accounts.traveler();
            String bookingId = confirmedBooking(traveler);

            dispatch();
            Map<String, Object> first = notificationOf(bookingId);
            assertThat(first).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat((String) first.get("lastError")).isNotBlank();
            assertThat(Instant.parse((String) first.get("nextAttemptAt")))
                    .isAfter(Instant.now().plusSeconds(20));

            for (int attempt = 2; attempt <= TestSettings.NOTIFICATION_MAX_ATTEMPTS; attempt++) {
                BookingFixtures.update(
                        "UPDATE notification_outbox SET next_attempt_at = now() WHERE subject_id = ?::uuid", bookingId);
                dispatch();
            }
            Map<String, Object> dead = notificationOf(bookingId);
            assertThat(dead)
                    .containsEntry("status", "DEAD")
                    .containsEntry("attempts", TestSettings.NOTIFICATION_MAX_ATTEMPTS);
            BookingFixtures.update(
                    "UPDATE notification_outbox SET next_attempt_at = now() WHERE subject_id = ?::uuid", bookingId);
            dispatch();
            assertThat(notificationOf(bookingId)).containsEntry("status", "DEAD");

            mail.start();
            String id = (String) dead.get("id");
            admin.as()
                    .post("/v1/admin/notifications/" + id + "/retry")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(0));
            dispatch();
            assertThat(notificationOf(bookingId)).containsEntry("status", "SENT");
            assertThat(mail.receivedBy(traveler.email())).hasSize(1);
            admin.as()
                    .post("/v1/admin/notifications/" + id + "/retry")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("notification_already_sent"));
            String metrics = Metrics.scrape();
            assertThat(metrics)
                    .contains("tripavail_notifications_dead_total")
                    .contains("tripavail_notifications_failed_total")
                    .contains("tripavail_notifications_pending");
        } finally {
            mail.start();
            timerDispatch(true);
        }
    }

    @Test
    void onlyAdminsSeeTheOutbox() {
        Accounts.traveler().as().get("/v1/admin/notifications").then().statusCode(403);
        given().get("/v1/admin/notifications").then().statusCode(401);
        admin.as()
                .queryParam("status", "LOST")
                .get("/v1/admin/notifications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        admin.as()
                .post("/v1/admin/notifications/" + java.util.UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404);
    }
}
