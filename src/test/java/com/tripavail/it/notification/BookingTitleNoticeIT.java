package com.tripavail.it.notification;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.TestMailServer;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The package's title is part of the booking's snapshot: the confirmation names what the traveler
 * quoted, even after the provider renamed the package, and a booking an older release wrote without
 * it (during a roll-out) is still named, from the catalog.
 */
@ExtendWith(TripAvailServer.class)
class BookingTitleNoticeIT {
    private static Accounts.Session admin;
    private static CatalogFixtures.HotelSetup setup;
    private static String packageId;

    @BeforeAll
    static void prepare() {
        admin = Accounts.admin();
        setup = CatalogFixtures.approvedHotelProvider(admin);
        packageId = HotelPackages.of(setup).price(23_456).rooms(5).publish();
    }

    @Test
    void theConfirmationNamesThePackageAsQuotedNotAsRenamedSince() {
        Accounts.Session traveler = Accounts.traveler();
        String bookingId = quoteWhileNamed("Sea view rooms", traveler, 40);
        rename("Renamed after the quote");
        holdAndConfirm(traveler, bookingId);

        assertThat(confirmationOf(traveler).subject())
                .isEqualTo("Your booking is confirmed: Sea view rooms")
                .doesNotContain("Renamed");
        assertThat(BookingFixtures.queryString(
                        "SELECT package_title FROM bookings WHERE public_id = ?::uuid", bookingId))
                .isEqualTo("Sea view rooms");
    }

    @Test
    void aBookingWrittenWithoutTheTitleIsNamedFromTheCatalog() {
        Accounts.Session traveler = Accounts.traveler();
        String bookingId = quoteWhileNamed("Harbour rooms", traveler, 44);
        // as a release before the snapshot had the column would have written it
        assertThat(BookingFixtures.update(
                        "UPDATE bookings SET package_title = NULL WHERE public_id = ?::uuid", bookingId))
                .isEqualTo(1);
        holdAndConfirm(traveler, bookingId);

        assertThat(confirmationOf(traveler).subject()).isEqualTo("Your booking is confirmed: Harbour rooms");
    }

    private static String quoteWhileNamed(String title, Accounts.Session traveler, int daysAhead) {
        rename(title);
        LocalDate in = LocalDate.now().plusDays(daysAhead);
        return quotedHotel(traveler, packageId, in, in.plusDays(2), 1);
    }

    private static void holdAndConfirm(Accounts.Session traveler, String bookingId) {
        hold(traveler, bookingId).then().statusCode(200);
        confirm(traveler, bookingId, "pm_card_ok").then().statusCode(200);
    }

    private static void rename(String title) {
        String etag = CatalogFixtures.hotelDraftETag(setup.owner(), packageId);
        setup.owner()
                .as()
                .header("If-Match", etag)
                .body(Map.of("title", title))
                .patch("/v1/hotel-packages/" + packageId)
                .then()
                .statusCode(200);
    }

    private static TestMailServer.Mail confirmationOf(Accounts.Session traveler) {
        assertThat(Jobs.runForExit(admin, "notification-dispatch")).startsWith("HANDLED_");
        // the dispatch timer may have taken the notice first and still be talking to the mail server
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !TripAvailServer.get()
                        .mail()
                        .receivedBy(traveler.email())
                        .isEmpty());
        List<TestMailServer.Mail> mails = TripAvailServer.get().mail().receivedBy(traveler.email());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
