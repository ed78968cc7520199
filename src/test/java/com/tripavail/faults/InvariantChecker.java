package com.tripavail.faults;

import com.tripavail.booking.BookingStatus;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After recovery and convergence: the database against what the clients were told, and against
 * itself and the processor. Each invariant yields its violations (empty: holds).
 */
final class InvariantChecker {
    static final String CLIENT_VIEW = "acknowledged writes present (client view = database)";
    static final String REPLAY = "retry with the same Idempotency-Key replays the answer";
    static final String INVENTORY = "inventory counters = live bookings, no oversell";
    static final String JOURNALS = "every journal balanced";
    static final String LEDGER_GATEWAY = "ledger vs gateway: each capture settles one booking or is refunded";
    static final String CHAINS = "legal booking event chains";
    static final String CONVERGED = "converged (no payment left pending)";
    static final String RETRIED = "a confirm retried after a lost answer gets its outcome, not 409 invalid_transition";

    private final FaultStack stack;
    private final ApiClient api;

    InvariantChecker(FaultStack stack, ApiClient api) {
        this.stack = stack;
        this.api = api;
    }

    Map<String, List<String>> check(ClientView view, GatewayEvents events, int replaySample) throws Exception {
        Map<String, List<String>> result = new LinkedHashMap<>();
        try (Connection c = stack.db()) {
            result.put(CLIENT_VIEW, clientView(c, view));
            result.put(INVENTORY, inventory(c));
            result.put(JOURNALS, journals(c));
            result.put(LEDGER_GATEWAY, ledgerVersusGateway(c, events));
            result.put(CHAINS, chains(c));
            result.put(CONVERGED, converged(c));
            result.put(RETRIED, retriedIntoInvalidTransition(c, view));
        }
        result.put(REPLAY, replays(view, replaySample)); // last: a retry that is not replayed may change state
        return result;
    }

    /** What must hold at any moment, even while travelers book and faults strike (one statement each: one snapshot). */
    List<String> underLoad() {
        List<String> violations = new ArrayList<>();
        try (Connection c = stack.db()) {
            violations.addAll(inventory(c));
            violations.addAll(journals(c));
            violations.addAll(chains(c));
        } catch (SQLException e) {
            violations.add("could not read the database: " + e.getMessage());
        }
        return violations;
    }

    /** The last answer per booking must still be true, or have moved on along legal transitions. */
    private static List<String> clientView(Connection c, ClientView view) throws SQLException {
        Map<String, String[]> db = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT b.public_id::text, b.status, b.total_minor, b.refunded_minor,"
                        + " (SELECT count(*) FROM payments p WHERE p.booking_id = b.id AND p.kind = 'CHARGE'"
                        + "   AND p.status IN ('SUCCEEDED','REFUNDED')),"
                        + " (SELECT count(*) FROM journals j WHERE j.booking_id = b.id AND j.kind = 'CHARGE')"
                        + " FROM bookings b")) {
            while (rs.next()) {
                db.put(rs.getString(1), new String[] {
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                });
            }
        }
        List<String> violations = new ArrayList<>();
        for (ClientView.Acknowledged a : view.lastPerBooking().values()) {
            String[] row = db.get(a.bookingId());
            String told = a.op() + " answered " + a.httpStatus() + " " + a.bookingStatus();
            if (row == null) {
                violations.add(a.bookingId() + ": client was told " + told + ", booking missing from the database");
                continue;
            }
            BookingStatus was = BookingStatus.valueOf(a.bookingStatus());
            BookingStatus now = BookingStatus.valueOf(row[0]);
            if (!reachable(was).contains(now)) {
                violations.add(a.bookingId() + ": client was told " + told + ", database says " + now);
            }
            if (a.totalMinor() != 0 && a.totalMinor() != Long.parseLong(row[1])) {
                violations.add(a.bookingId() + ": client was told total " + a.totalMinor() + ", database " + row[1]);
            }
            if (a.op().equals("cancel") && a.refundMinor() != Long.parseLong(row[2])) {
                violations.add(a.bookingId() + ": client was told refund " + a.refundMinor() + ", database " + row[2]);
            }
            boolean toldPaid =
                    EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED).contains(was)
                            || (a.op().equals("cancel") && a.refundMinor() > 0);
            if (toldPaid && (Long.parseLong(row[3]) == 0 || Long.parseLong(row[4]) == 0)) {
                violations.add(a.bookingId() + ": client was told " + told + ", but the database has " + row[3]
                        + " captured charge(s) and " + row[4] + " CHARGE journal(s)");
            }
        }
        return violations;
    }

    private static Set<BookingStatus> reachable(BookingStatus from) {
        Set<BookingStatus> seen = EnumSet.of(from);
        List<BookingStatus> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            BookingStatus s = todo.remove(todo.size() - 1);
            for (BookingStatus next : BookingStatus.values()) {
                if (s.canTransitionTo(next) && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * Acknowledged hold/confirm/cancel requests sent again with their key and body, as a client
     * whose answer got lost would: the original status and booking must come back.
     */
    private List<String> replays(ClientView view, int sample) throws IOException {
        List<ClientView.Acknowledged> writes = view.all().stream()
                .filter(a -> a.isWrite() && !a.op().equals("quote") && a.httpStatus() < 500)
                .toList();
        List<String> violations = new ArrayList<>();
        int step = Math.max(1, writes.size() / Math.max(1, sample));
        for (int i = 0; i < writes.size(); i += step) {
            ClientView.Acknowledged a = writes.get(i);
            ApiClient.Reply r = api.post(a.path(), a.token(), a.idempotencyKey(), a.requestBody());
            String status = r.status() < 300 ? r.field("status") : null;
            if (r.status() != a.httpStatus()
                    || (a.bookingStatus() != null && !a.bookingStatus().equals(status))) {
                violations.add(a.bookingId() + ": " + a.op() + " first answered " + a.httpStatus() + " "
                        + (a.bookingStatus() == null ? a.code() : a.bookingStatus())
                        + ", retry with the same key answered "
                        + r.status() + " " + (status == null ? r.field("code") : status));
            }
        }
        return violations;
    }

    /**
     * A confirm retried after no answer and told {@code 409 invalid_transition}, while the database
     * holds a charge opened with that very Idempotency-Key: its first attempt took effect, and the
     * retry cannot say what it was — the client cannot tell paid from not paid.
     */
    private static List<String> retriedIntoInvalidTransition(Connection c, ClientView view) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (var st = c.prepareStatement("SELECT p.status FROM payments p JOIN bookings b ON b.id = p.booking_id"
                + " WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE' AND p.attempt_key = ?")) {
            for (ClientView.Acknowledged a : view.all()) {
                if (!a.afterRetry()
                        || !a.op().equals("confirm")
                        || a.httpStatus() != 409
                        || !"invalid_transition".equals(a.code())) {
                    continue;
                }
                st.setString(1, a.bookingId());
                st.setString(2, a.idempotencyKey());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        violations.add(a.bookingId() + ": confirm retried after no answer, answered 409"
                                + " invalid_transition; its first attempt opened a charge now " + rs.getString(1));
                    }
                }
            }
        }
        return violations;
    }

    private static List<String> inventory(Connection c) throws SQLException {
        return rows(c, """
                SELECT 'package ' || p.public_id || ' night ' || n.night || ': total ' || n.total || ', held ' || n.held
                       || ', sold ' || n.sold || ', live bookings hold ' || live.held || ' and bought ' || live.sold
                FROM hotel_nights n JOIN hotel_packages p ON p.id = n.package_id
                CROSS JOIN LATERAL (
                  SELECT COALESCE(SUM(b.units) FILTER (WHERE b.status IN ('HOLD','PAYMENT')), 0) AS held,
                         COALESCE(SUM(b.units) FILTER (WHERE b.status IN ('CONFIRMED','COMPLETED')), 0) AS sold
                  FROM bookings b WHERE b.package_type = 'HOTEL' AND b.package_id = n.package_id
                   AND b.start_date <= n.night AND b.end_date > n.night) live
                WHERE n.held <> live.held OR n.sold <> live.sold OR n.held + n.sold > n.total OR n.held < 0 OR n.sold < 0
                """);
    }

    private static List<String> journals(Connection c) throws SQLException {
        return rows(
                c,
                "SELECT 'journal ' || journal_id || ': debits ' || SUM(debit_minor) || ' credits ' || SUM(credit_minor)"
                        + " FROM journal_entries GROUP BY journal_id HAVING SUM(debit_minor) <> SUM(credit_minor)");
    }

    /**
     * The processor's captures (its own books when the test gateway keeps them, else every charge
     * it answered "succeeded" or the suite delivered a success for) each settle one booking that
     * was confirmed, or are refunded; no booking keeps two captures.
     */
    private static List<String> ledgerVersusGateway(Connection c, GatewayEvents events) throws SQLException {
        List<String> violations = new ArrayList<>();
        boolean gatewayBooks = hasTable(c, "test_gateway_charges");
        try (Statement st = c.createStatement()) {
            st.execute(
                    "CREATE TEMP TABLE captures (reference text PRIMARY KEY, gateway_refunded bigint, amount bigint)");
            if (gatewayBooks) {
                st.execute("INSERT INTO captures SELECT g.reference, g.refunded_minor, g.amount_minor"
                        + " FROM test_gateway_charges g WHERE g.kind = 'CHARGE' AND g.status = 'SUCCEEDED'");
            } else {
                st.execute("INSERT INTO captures SELECT p.gateway_ref, NULL, p.amount_minor FROM payments p"
                        + " WHERE p.kind = 'CHARGE' AND p.gateway_ref IS NOT NULL"
                        + " AND (p.method IN ('pm_card_ok','pm_card_async') OR p.status IN ('SUCCEEDED','REFUNDED'))");
            }
        }
        try (var st = c.prepareStatement("INSERT INTO captures VALUES (?, NULL, 0) ON CONFLICT DO NOTHING")) {
            for (String ref : events.acknowledgedCaptures()) {
                st.setString(1, ref);
                st.addBatch();
            }
            st.executeBatch();
        }
        String paymentOf = gatewayBooks
                ? "p.gateway_ref = k.reference OR p.public_id::text = (SELECT g.idempotency_key FROM test_gateway_charges g"
                        + " WHERE g.reference = k.reference AND g.kind = 'CHARGE')"
                : "p.gateway_ref = k.reference";
        violations.addAll(
                rows(
                        c,
                        "SELECT 'capture ' || k.reference || ' (' || k.amount || '): '"
                                + " || COALESCE('payment ' || p.status || ', booking ' || b.public_id || ' ' || b.status"
                                + "             || ', gateway refunded ' || COALESCE(k.gateway_refunded::text, '?'),"
                                + "             'unknown to the ledger')"
                                + " FROM captures k LEFT JOIN payments p ON p.kind = 'CHARGE' AND (" + paymentOf + ")"
                                + " LEFT JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE p.id IS NULL"
                                + "    OR NOT ((p.status = 'SUCCEEDED' AND (b.status IN ('CONFIRMED','COMPLETED')"
                                + "             OR (b.status = 'CANCELLED' AND EXISTS (SELECT 1 FROM booking_events e WHERE e.booking_id = b.id"
                                + "                 AND e.to_status = 'CONFIRMED')))"
                                + "             AND (k.gateway_refunded IS NULL OR k.gateway_refunded = CASE WHEN b.status = 'CANCELLED' THEN b.refunded_minor"
                                + "                 ELSE 0 END))"
                                + "         OR (p.status = 'REFUNDED' AND COALESCE(k.gateway_refunded, k.amount) = k.amount))"));
        violations.addAll(
                rows(
                        c,
                        "SELECT 'booking ' || b.public_id || ' ' || b.status || ' keeps ' || count(*)"
                                + " || ' captured charges' FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE p.kind = 'CHARGE' AND p.status = 'SUCCEEDED' GROUP BY b.public_id, b.status HAVING count(*) > 1"));
        violations.addAll(rows(
                c,
                "SELECT 'booking ' || b.public_id || ' ' || b.status || ' has no captured charge'"
                        + " FROM bookings b WHERE b.status IN ('CONFIRMED','COMPLETED') AND NOT EXISTS (SELECT 1 FROM payments p"
                        + " WHERE p.booking_id = b.id AND p.kind = 'CHARGE' AND p.status = 'SUCCEEDED')"));
        if (gatewayBooks) {
            violations.addAll(
                    rows(
                            c,
                            "SELECT 'booking ' || b.public_id || ' ' || b.status || ' keeps ' || count(*)"
                                    + " || ' unrefunded captures at the gateway' FROM test_gateway_charges g"
                                    + " JOIN payments p ON p.kind = 'CHARGE' AND p.public_id::text = g.idempotency_key"
                                    + " JOIN bookings b ON b.id = p.booking_id WHERE g.kind = 'CHARGE' AND g.status = 'SUCCEEDED'"
                                    + " AND g.refunded_minor < g.amount_minor GROUP BY b.public_id, b.status HAVING count(*) > 1"));
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE captures");
        }
        return violations;
    }

    private static List<String> chains(Connection c) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT b.public_id::text, b.status, e.from_status, e.to_status"
                        + " FROM bookings b LEFT JOIN booking_events e ON e.booking_id = b.id ORDER BY b.id, e.id")) {
            String current = null;
            String last = null;
            String status = null;
            while (rs.next()) {
                String id = rs.getString(1);
                if (!id.equals(current)) {
                    if (current != null && !status.equals(last)) {
                        violations.add(current + ": events end in " + last + ", booking is " + status);
                    }
                    current = id;
                    status = rs.getString(2);
                    last = null;
                }
                String from = rs.getString(3);
                String to = rs.getString(4);
                if (to == null) {
                    continue;
                }
                boolean legal = last == null
                        ? from == null && to.equals("QUOTE")
                        : last.equals(from) && BookingStatus.valueOf(from).canTransitionTo(BookingStatus.valueOf(to));
                if (!legal) {
                    violations.add(id + ": " + from + " -> " + to + " after " + last);
                }
                last = to;
            }
            if (current != null && !status.equals(last)) {
                violations.add(current + ": events end in " + last + ", booking is " + status);
            }
        }
        return violations;
    }

    private static List<String> converged(Connection c) throws SQLException {
        return rows(
                c,
                "SELECT 'booking ' || b.public_id || ' still ' || b.status || ' with payment ' || p.status"
                        + " FROM bookings b JOIN payments p ON p.booking_id = b.id WHERE b.status = 'PAYMENT' OR p.status = 'PENDING'");
    }

    static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
