package com.tripavail.it.payment;

import static com.tripavail.testenv.BookingFixtures.confirm;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.GatewayFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request waiting on the payment gateway holds no database connection (issue 15): as many
 * confirms as the pool has connections wait at the test gateway ({@code pm_card_slow}, captured
 * then answered after TEST_GATEWAY_SLOW_MS) while another traveler reads a booking. When a request
 * kept the connection of a read made before its first transaction (Liberty's local transaction
 * containment holds a shareable connection until the request ends), the pool was empty for the
 * whole wait and the reader got {@code 503} after the pool's 2 s wait.
 */
@ExtendWith(TripAvailServer.class)
class PoolDuringGatewayWaitIT {
    private static final Pattern POOL_MAX =
            Pattern.compile("tripavail_db_pool_max_connections\\{[^}]*datasource=\"jdbc_tripavail\"[^}]*\\} (\\d+)");

    @Test
    void confirmsWaitingOnTheGatewayLeaveThePoolToOtherRequests() throws Exception {
        int poolMax = poolMax();
        Accounts.Session admin = Accounts.admin();
        CatalogFixtures.HotelSetup setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup)
                .price(5_000)
                .rooms(poolMax + 1)
                .freeCancellation(3)
                .publish();
        LocalDate in = LocalDate.now().plusDays(20);

        Accounts.Session reader = Accounts.traveler();
        String own = quotedHotel(reader, pkg, in, in.plusDays(1), 1);
        List<String> waiting = new ArrayList<>();
        List<CompletableFuture<Integer>> confirms = new ArrayList<>();
        for (int i = 0; i < poolMax; i++) {
            Accounts.Session traveler = Accounts.traveler();
            String id = quotedHotel(traveler, pkg, in, in.plusDays(1), 1);
            hold(traveler, id).then().statusCode(200);
            waiting.add(id);
            confirms.add(CompletableFuture.supplyAsync(
                    () -> confirm(traveler, id, "pm_card_slow").statusCode()));
        }

        // every charge captured at the gateway, whose answer is still held back
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> waiting.stream().allMatch(PoolDuringGatewayWaitIT::capturedAtGateway));
        assertThat(confirms).noneMatch(CompletableFuture::isDone);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Response read = reader.as().get("/v1/bookings/" + own);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(read.statusCode())
                    .as("a read while %d confirms wait on the gateway (%d ms): %s", poolMax, millis, read.asString())
                    .isEqualTo(200);
        }
        assertThat(confirms).as("still waiting on the gateway").noneMatch(CompletableFuture::isDone);

        for (CompletableFuture<Integer> c : confirms) {
            assertThat(c.get()).isEqualTo(200);
        }
    }

    private static boolean capturedAtGateway(String bookingId) {
        List<GatewayFixtures.Charge> charges = GatewayFixtures.charges(bookingId);
        return !charges.isEmpty()
                && GatewayFixtures.gatewayReference(charges.get(0).id()) != null;
    }

    private static int poolMax() {
        String metrics = Metrics.scrape();
        Matcher m = POOL_MAX.matcher(metrics);
        assertThat(m.find()).as("tripavail_db_pool_max_connections in /metrics").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
