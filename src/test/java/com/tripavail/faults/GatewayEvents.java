package com.tripavail.faults;

import com.tripavail.payment.WebhookSignature;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processor's side of the webhook: signed events as a real processor delivers them — late,
 * twice, and out of order. Every {@code charge.succeeded} this class has delivered and had
 * acknowledged is a capture the processor made, which the invariant checker holds the ledger to.
 */
final class GatewayEvents {
    private final ApiClient api;
    private final FaultStack stack;
    private final Set<String> acknowledgedCaptures = ConcurrentHashMap.newKeySet();

    GatewayEvents(ApiClient api, FaultStack stack) {
        this.api = api;
        this.stack = stack;
    }

    Set<String> acknowledgedCaptures() {
        return acknowledgedCaptures;
    }

    /** A signed event; its answer status (2xx: the application took responsibility for it). */
    int deliver(String eventId, String type, ChargeRef charge) throws IOException {
        String body = ApiClient.json(
                "id",
                eventId,
                "type",
                type,
                "data",
                jakarta.json.Json.createObjectBuilder()
                        .add("reference", charge.reference())
                        .add("amountMinor", charge.amountMinor())
                        .add("currency", charge.currency())
                        .build());
        String signature =
                WebhookSignature.sign(FaultStack.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body);
        int status = api.postSigned("/v1/payments/webhooks/test", WebhookSignature.HEADER, signature, body)
                .status();
        if (status < 300 && type.equals("charge.succeeded")) {
            acknowledgedCaptures.add(charge.reference());
        }
        return status;
    }

    /**
     * For an asynchronous charge that will succeed at the processor: {@code charge.failed} first
     * (an earlier attempt's event overtaking), then {@code charge.succeeded}, then both again
     * with the same event ids (redelivery). The processor's final word is "succeeded".
     */
    String outOfOrderAndDuplicated(ChargeRef charge) throws IOException {
        String failed = "evt_faults_" + UUID.randomUUID();
        String succeeded = "evt_faults_" + UUID.randomUUID();
        int a = deliver(failed, "charge.failed", charge);
        int b = deliver(succeeded, "charge.succeeded", charge);
        int c = deliver(succeeded, "charge.succeeded", charge);
        int d = deliver(failed, "charge.failed", charge);
        return "failed " + a + ", succeeded " + b + ", succeeded again " + c + ", failed again " + d;
    }

    /**
     * The same through the test gateway's own control surface where it has one (signed and sent by
     * the gateway, in the order given, each twice, a little late); its answer status (404: none).
     */
    int throughControlSurface(String adminToken, ChargeRef charge) throws IOException {
        return api.post(
                        "/v1/admin/test-gateway/charges/" + charge.reference() + "/events",
                        adminToken,
                        null,
                        "{\"events\": [\"charge.failed\", \"charge.succeeded\", \"charge.failed\"], \"delayMs\": 500,"
                                + " \"repeat\": 2}")
                .status();
    }

    /** The charge of a booking's latest charge attempt, as the application recorded it (null before it has a reference). */
    ChargeRef latestCharge(String bookingId) throws SQLException {
        try (Connection c = stack.db();
                PreparedStatement st = c.prepareStatement(
                        "SELECT p.gateway_ref, p.amount_minor, p.currency FROM payments p JOIN bookings b ON b.id = p.booking_id"
                                + " WHERE b.public_id = ?::uuid AND p.kind = 'CHARGE' AND p.gateway_ref IS NOT NULL"
                                + " ORDER BY p.id DESC LIMIT 1")) {
            st.setString(1, bookingId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new ChargeRef(rs.getString(1), rs.getLong(2), rs.getString(3)) : null;
            }
        }
    }

    record ChargeRef(String reference, long amountMinor, String currency) {}
}
