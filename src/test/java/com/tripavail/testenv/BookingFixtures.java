package com.tripavail.testenv;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Bookings through the API, plus direct database reads for the invariants tests assert. */
public final class BookingFixtures {
    private BookingFixtures() {}

    public static Response quoteHotel(
            Accounts.Session traveler, String packageId, LocalDate in, LocalDate out, int guests, int rooms) {
        return traveler.as()
                .body(Map.of(
                        "packageType",
                        "HOTEL",
                        "packageId",
                        packageId,
                        "checkIn",
                        in.toString(),
                        "checkOut",
                        out.toString(),
                        "guests",
                        guests,
                        "units",
                        rooms))
                .post("/v1/bookings/quote");
    }

    public static String quotedHotel(
            Accounts.Session traveler, String packageId, LocalDate in, LocalDate out, int rooms) {
        return quoteHotel(traveler, packageId, in, out, 1, rooms)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response hold(Accounts.Session traveler, String bookingId) {
        return traveler.as()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/bookings/" + bookingId + "/hold");
    }

    public static Response confirm(Accounts.Session traveler, String bookingId, String method) {
        return confirm(traveler, bookingId, method, UUID.randomUUID().toString());
    }

    /** A confirm with the client's own Idempotency-Key: the same key again is a retry of the same attempt. */
    public static Response confirm(Accounts.Session traveler, String bookingId, String method, String idempotencyKey) {
        return traveler.as()
                .header("Idempotency-Key", idempotencyKey)
                .body(Map.of("paymentMethod", method))
                .post("/v1/bookings/" + bookingId + "/confirm");
    }

    /** A booking's status as {@code who} sees it. */
    public static String status(Accounts.Session who, String bookingId) {
        return who.read("/v1/bookings/" + bookingId).getString("status");
    }

    /** Who made each of a booking's transitions, oldest first. */
    public static java.util.List<String> actors(Accounts.Session who, String bookingId) {
        return who.as()
                .get("/v1/bookings/" + bookingId + "/events")
                .then()
                .extract()
                .path("actor");
    }

    public static Response cancel(Accounts.Session actor, String bookingId) {
        return actor.as()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "plans changed"))
                .post("/v1/bookings/" + bookingId + "/cancel");
    }

    public static JsonPath ledger(Accounts.Session admin, String bookingId) {
        return admin.read("/v1/admin/ledger?bookingId=" + bookingId);
    }

    public static long payable(Accounts.Session provider) {
        JsonPath body = provider.read("/v1/providers/me/balance");
        Object amount = body.get("payable.find { it.currency == 'EUR' }.amountMinor");
        return amount == null ? 0 : ((Number) amount).longValue();
    }

    public static Connection db() throws SQLException {
        EmbeddedServices s = TripAvailServer.get().services();
        return DriverManager.getConnection(s.jdbcUrl(), s.user(), "");
    }

    public static long queryLong(String sql, Object... params) {
        return withStatement(sql, params, st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    public static String queryString(String sql, Object... params) {
        return withStatement(sql, params, st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    public static int update(String sql, Object... params) {
        return withStatement(sql, params, PreparedStatement::executeUpdate);
    }

    private interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    /** Runs {@code work} on {@code sql} with {@code params} bound in order, on a connection of its own. */
    private static <T> T withStatement(String sql, Object[] params, StatementWork<T> work) {
        try (Connection c = db();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return work.apply(st);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rooms held on one night of a package, by public package id. */
    public static long held(String packageId, LocalDate night) {
        return nightCounter("held", packageId, night);
    }

    public static long sold(String packageId, LocalDate night) {
        return nightCounter("sold", packageId, night);
    }

    /** A counter ({@code held} or {@code sold}) of one night of a package, by public package id. */
    private static long nightCounter(String column, String packageId, LocalDate night) {
        return queryLong(
                "SELECT n." + column + " FROM hotel_nights n JOIN hotel_packages p ON p.id = n.package_id"
                        + " WHERE p.public_id = ?::uuid AND n.night = ?",
                packageId,
                night);
    }

    /** Time travel for a hold: its expiry moved into the past, as if the TTL had passed. */
    public static void expireHoldNow(String bookingId) {
        update(
                "UPDATE bookings SET hold_expires_at = now() - interval '1 second', hold_deadline = now() - interval '1 second'"
                        + " WHERE public_id = ?::uuid",
                bookingId);
    }

    /** Sum of debits minus credits over every journal: zero when the ledger balances. */
    public static long ledgerImbalance() {
        return queryLong("SELECT COALESCE(SUM(debit_minor) - SUM(credit_minor), 0) FROM journal_entries");
    }
}
