package com.tripavail.it.booking;

import static com.tripavail.testenv.BookingFixtures.held;
import static com.tripavail.testenv.BookingFixtures.hold;
import static com.tripavail.testenv.BookingFixtures.quotedHotel;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many travelers racing for the last rooms: exactly as many holds as rooms, never more. */
@ExtendWith(TripAvailServer.class)
class BookingConcurrencyIT {
    private static final int TRAVELERS = 100;
    private static final int ROOMS = 7;
    private static final int ROUNDS = 3;
    private static Accounts.Session admin;
    private static List<Accounts.Session> travelers;

    @BeforeAll
    static void signUp() throws Exception {
        admin = Accounts.admin();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Accounts.Session>> futures = IntStream.range(0, TRAVELERS)
                    .mapToObj(i -> pool.submit(Accounts::traveler))
                    .toList();
            travelers = new ArrayList<>();
            for (Future<Accounts.Session> f : futures) {
                travelers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void hundredParallelHoldsOnSevenRoomsGiveExactlySevenHolds() throws Exception {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String pkg = HotelPackages.of(setup)
                        .price(9_000)
                        .rooms(ROOMS)
                        .freeCancellation(7)
                        .publish();
                LocalDate in = LocalDate.now().plusDays(3 + round);
                List<Future<String>> quotes = travelers.stream()
                        .map(t -> pool.submit(() -> quotedHotel(t, pkg, in, in.plusDays(2), 1)))
                        .toList();
                List<String> ids = new ArrayList<>();
                for (Future<String> q : quotes) {
                    ids.add(q.get());
                }
                List<Future<Response>> holds = IntStream.range(0, TRAVELERS)
                        .mapToObj(i -> pool.submit(() -> hold(travelers.get(i), ids.get(i))))
                        .toList();
                Map<Integer, Long> byStatus = new TreeMap<>();
                Map<String, Long> refusals = new TreeMap<>();
                for (Future<Response> h : holds) {
                    Response r = h.get();
                    byStatus.merge(r.statusCode(), 1L, Long::sum);
                    if (r.statusCode() != 200) {
                        refusals.merge(r.statusCode() + " " + r.jsonPath().getString("code"), 1L, Long::sum);
                    }
                }
                assertThat(byStatus)
                        .as("round %d, refusals %s", round, refusals)
                        .containsEntry(200, (long) ROOMS)
                        .containsEntry(409, (long) (TRAVELERS - ROOMS))
                        .hasSize(2);
                assertThat(refusals)
                        .as("every loser is told the rooms are gone")
                        .containsOnlyKeys("409 insufficient_inventory");
                assertThat(held(pkg, in)).isEqualTo(ROOMS);
                assertThat(held(pkg, in.plusDays(1))).isEqualTo(ROOMS);
                assertThat(BookingFixtures.queryLong(
                                "SELECT COUNT(*) FROM bookings b JOIN hotel_packages p"
                                        + " ON p.id = b.package_id WHERE p.public_id = ?::uuid AND b.status = 'HOLD'",
                                pkg))
                        .isEqualTo(ROOMS);
                // release this round's holds so the travelers stay under the active-hold limit
                for (int i = 0; i < TRAVELERS; i++) {
                    String id = ids.get(i);
                    Accounts.Session t = travelers.get(i);
                    if (BookingFixtures.queryLong(
                                    "SELECT COUNT(*) FROM bookings WHERE public_id = ?::uuid AND status = 'HOLD'", id)
                            == 1) {
                        BookingFixtures.cancel(t, id).then().statusCode(200);
                    }
                }
                assertThat(held(pkg, in)).isZero();
            }
        } finally {
            pool.shutdown();
        }
    }
}
