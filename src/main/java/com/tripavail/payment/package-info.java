/**
 * Charges and refunds through a {@link com.tripavail.payment.PaymentGateway} (a built-in test
 * gateway outside production), signed webhooks and the webhook event log.
 */
package com.tripavail.payment;
