package com.tripavail.testenv;

import java.util.List;
import java.util.Map;

/** The test gateway's books and control surface (docs/payments.md), and our payments as SQL sees them. */
public final class GatewayFixtures {
    private GatewayFixtures() {}

    /** A booking's charges, oldest first: public id, status, gateway reference (may be null). */
    public record Charge(String id, String status, String reference) {}

    public static List<Charge> charges(String bookingId) {
        try (var c = BookingFixtures.db();
                var st = c.prepareStatement("SELECT p.public_id::text, p.status, p.gateway_ref FROM payments p"
                        + " JOIN bookings b ON b.id = p.booking_id WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE'"
                        + " ORDER BY p.created_at, p.id")) {
            st.setObject(1, bookingId);
            try (var rs = st.executeQuery()) {
                var out = new java.util.ArrayList<Charge>();
                while (rs.next()) {
                    out.add(new Charge(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return out;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Charge onlyCharge(String bookingId) {
        List<Charge> all = charges(bookingId);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one charge, found " + all);
        }
        return all.get(0);
    }

    /** The gateway's reference of a charge, from the gateway's own books (found by our payment id, its key). */
    public static String gatewayReference(String paymentId) {
        return BookingFixtures.queryString(
                "SELECT reference FROM test_gateway_charges WHERE kind = 'CHARGE' AND idempotency_key = ?", paymentId);
    }

    /**
     * Captured charges of a booking the gateway has not refunded in full: the money invariant is
     * at most one, and exactly one for a confirmed booking.
     */
    public static long unrefundedCaptures(String bookingId) {
        return BookingFixtures.queryLong(
                "SELECT COUNT(*) FROM test_gateway_charges g JOIN payments p ON g.idempotency_key = p.public_id::text"
                        + " JOIN bookings b ON b.id = p.booking_id WHERE b.public_id = ?::uuid AND g.kind = 'CHARGE'"
                        + " AND g.status = 'SUCCEEDED' AND g.refunded_minor < g.amount_minor",
                bookingId);
    }

    public static long refundedAtGateway(String reference) {
        return BookingFixtures.queryLong(
                "SELECT refunded_minor FROM test_gateway_charges WHERE reference = ?", reference);
    }

    /** Ends a pending charge at the gateway (or lets a failed one succeed) and has the events delivered in order. */
    public static void outcome(
            Accounts.Session admin, String reference, String status, List<String> events, int repeat) {
        admin.as()
                .body(Map.of("status", status, "events", events, "repeat", repeat))
                .post("/v1/admin/test-gateway/charges/" + reference + "/outcome")
                .then()
                .statusCode(200);
    }

    public static void deliver(Accounts.Session admin, String reference, List<String> events, int repeat) {
        admin.as()
                .body(Map.of("events", events, "repeat", repeat))
                .post("/v1/admin/test-gateway/charges/" + reference + "/events")
                .then()
                .statusCode(200);
    }

    public static String bookingStatus(String bookingId) {
        return BookingFixtures.queryString("SELECT status FROM bookings WHERE public_id = ?::uuid", bookingId);
    }

    public static long journals(String bookingId, String kindPrefix) {
        return BookingFixtures.queryLong(
                "SELECT COUNT(*) FROM journals j JOIN bookings b ON b.id = j.booking_id WHERE b.public_id = ?::uuid"
                        + " AND j.kind LIKE ?",
                bookingId,
                kindPrefix + "%");
    }

    public static long audits(String bookingId, String action) {
        return BookingFixtures.queryLong(
                "SELECT COUNT(*) FROM audit_log WHERE target_id = ? AND action = ?", bookingId, action);
    }
}
