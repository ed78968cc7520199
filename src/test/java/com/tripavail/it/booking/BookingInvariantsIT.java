package com.tripavail.it.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.booking.BookingStatus;
import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CancellationPolicies;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TripAvailServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seeded random sequence of quotes, holds, payments (ok and declined), cancellations and expiries
 * on a few small packages; after every few steps the database must show: journals balanced,
 * held and sold equal to what live bookings account for, and every booking's history a chain of
 * legal transitions ending in its current state. The seed is printed so a failure can be replayed
 * ({@code -Dbooking.seed=...}).
 */
@ExtendWith(TripAvailServer.class)
class BookingInvariantsIT {
    private static final int STEPS = 120;

    record Booked(Accounts.Session traveler, String id) {}

    @Test
    void randomSequencesNeverBreakTheInvariants() throws Exception {
        long seed = Long.getLong("booking.seed", System.nanoTime());
        System.out.println("BookingInvariantsIT seed " + seed);
        Random random = new Random(seed);
        Accounts.Session admin = Accounts.admin();
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        List<String> packages = new ArrayList<>();
        var policies = List.of(
                CancellationPolicies.free(3),
                CancellationPolicies.partial(3, 40),
                CancellationPolicies.nonRefundable());
        for (var policy : policies) {
            packages.add(HotelPackages.of(setup)
                    .price(5_000 + random.nextInt(5_000))
                    .rooms(1 + random.nextInt(3))
                    .cancellation(policy)
                    .publish());
        }
        List<Accounts.Session> travelers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            travelers.add(Accounts.traveler());
        }
        List<Booked> bookings = new ArrayList<>();
        Map<Integer, Integer> outcomes = new HashMap<>();
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(6);
            int status = switch (op) {
                case 0, 1 -> {
                    Accounts.Session t = travelers.get(random.nextInt(travelers.size()));
                    LocalDate in = LocalDate.now().plusDays(1 + random.nextInt(8));
                    String id = BookingFixtures.quotedHotel(
                            t,
                            packages.get(random.nextInt(packages.size())),
                            in,
                            in.plusDays(1 + random.nextInt(3)),
                            1);
                    bookings.add(new Booked(t, id));
                    yield BookingFixtures.hold(t, id).statusCode();
                }
                case 2 ->
                    pick(bookings, random)
                            .map(b -> BookingFixtures.confirm(
                                            b.traveler(),
                                            b.id(),
                                            random.nextInt(4) == 0 ? "pm_card_declined" : "pm_card_ok")
                                    .statusCode())
                            .orElse(0);
                case 3 ->
                    pick(bookings, random)
                            .map(b ->
                                    BookingFixtures.cancel(b.traveler(), b.id()).statusCode())
                            .orElse(0);
                case 4 ->
                    pick(bookings, random)
                            .map(b -> {
                                BookingFixtures.update(
                                        "UPDATE bookings SET hold_expires_at = now() - interval '1 second',"
                                                + " hold_deadline = now() - interval '1 second' WHERE public_id = ?::uuid"
                                                + " AND status IN ('HOLD','PAYMENT')",
                                        b.id());
                                return 1;
                            })
                            .orElse(0);
                default ->
                    pick(bookings, random)
                            .map(b -> BookingFixtures.hold(b.traveler(), b.id()).statusCode())
                            .orElse(0);
            };
            assertThat(status).as("step %d op %d", step, op).isNotEqualTo(500);
            outcomes.merge(status, 1, Integer::sum);
            if (step % 10 == 9) {
                assertInvariants(packages);
            }
        }
        assertInvariants(packages);
        System.out.println("BookingInvariantsIT outcomes " + outcomes);
        assertThat(outcomes).containsKey(200);
    }

    private static java.util.Optional<Booked> pick(List<Booked> bookings, Random random) {
        return bookings.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(bookings.get(random.nextInt(bookings.size())));
    }

    private static void assertInvariants(List<String> packages) throws SQLException {
        assertThat(BookingFixtures.ledgerImbalance()).isZero();
        assertThat(BookingFixtures.queryLong(
                        "SELECT COUNT(*) FROM (SELECT journal_id FROM journal_entries GROUP BY journal_id"
                                + " HAVING SUM(debit_minor) <> SUM(credit_minor)) AS unbalanced"))
                .isZero();
        for (String pkg : packages) {
            // held/sold per night = units of live bookings covering that night
            long mismatches = BookingFixtures.queryLong("""
                    SELECT COUNT(*) FROM hotel_nights n JOIN hotel_packages p ON p.id = n.package_id
                    CROSS JOIN LATERAL (
                      SELECT COALESCE(SUM(b.units) FILTER (WHERE b.status IN ('HOLD','PAYMENT')), 0) AS held,
                             COALESCE(SUM(b.units) FILTER (WHERE b.status IN ('CONFIRMED','COMPLETED')), 0) AS sold
                      FROM bookings b WHERE b.package_id = n.package_id AND b.start_date <= n.night AND b.end_date > n.night) live
                    WHERE p.public_id = ?::uuid AND (n.held <> live.held OR n.sold <> live.sold)
                    """, pkg);
            assertThat(mismatches)
                    .as("nights of %s whose counters disagree with live bookings", pkg)
                    .isZero();
        }
        try (Connection c = BookingFixtures.db();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT b.id, b.status, e.from_status, e.to_status FROM bookings b"
                        + " JOIN booking_events e ON e.booking_id = b.id ORDER BY b.id, e.id")) {
            long current = -1;
            String last = null;
            String bookingStatus = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    assertThat(last).isEqualTo(bookingStatus);
                    current = id;
                    bookingStatus = rs.getString(2);
                    assertThat(rs.getString(3))
                            .as("first event of booking %d", id)
                            .isNull();
                    assertThat(rs.getString(4)).isEqualTo("QUOTE");
                } else {
                    assertThat(rs.getString(3))
                            .as("booking %d events chain", id)
                            .isEqualTo(last);
                    assertThat(BookingStatus.valueOf(last).canTransitionTo(BookingStatus.valueOf(rs.getString(4))))
                            .as("booking %d %s -> %s", id, last, rs.getString(4))
                            .isTrue();
                }
                last = rs.getString(4);
            }
            assertThat(last).isEqualTo(bookingStatus);
        }
    }

    @Test
    void theDatabaseRefusesAnUnbalancedJournal() throws SQLException {
        var setup = CatalogFixtures.approvedHotelProvider(Accounts.admin());
        String pkg = HotelPackages.of(setup)
                .price(5_000)
                .rooms(1)
                .freeCancellation(3)
                .publish();
        String booking = BookingFixtures.quotedHotel(
                Accounts.traveler(),
                pkg,
                LocalDate.now().plusDays(2),
                LocalDate.now().plusDays(3),
                1);
        long bookingId = BookingFixtures.queryLong("SELECT id FROM bookings WHERE public_id = ?::uuid", booking);
        try (Connection c = BookingFixtures.db()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery("INSERT INTO journals (id, booking_id, kind, currency, created_at) VALUES"
                                    + " (nextval('tripavail_id_seq'), " + bookingId
                                    + ", 'TEST_UNBALANCED', 'EUR', now()) RETURNING id")) {
                rs.next();
                st.getConnection()
                        .createStatement()
                        .executeUpdate("INSERT INTO journal_entries (id, journal_id, account,"
                                + " debit_minor, credit_minor) VALUES (nextval('tripavail_id_seq'), " + rs.getLong(1)
                                + ", 'gateway_clearing', 100, 0)");
            }
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("unbalanced");
        }
        assertThat(BookingFixtures.queryLong("SELECT COUNT(*) FROM journals WHERE booking_id = ?", bookingId))
                .isZero();
    }
}
