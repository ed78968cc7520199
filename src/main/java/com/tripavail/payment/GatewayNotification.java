package com.tripavail.payment;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import java.util.UUID;

/** A gateway told us how a payment ended (fired synchronously; observers settle the booking). */
public record GatewayNotification(UUID paymentId, GatewayResult result, String actor) {}
