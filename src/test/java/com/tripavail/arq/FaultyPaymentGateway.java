package com.tripavail.arq;

import com.tripavail.payment.PaymentGateway;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Test archive only: wraps the real (test-mode) card gateway to slow it down, lose its answers or not answer at all. */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class FaultyPaymentGateway implements PaymentGateway {
    @Inject
    @Delegate
    PaymentGateway gateway;

    @Override
    public GatewayResult charge(String idempotencyKey, long amountMinor, String currency, String paymentMethod) {
        Faults.beforeCharge();
        Faults.chargeKeys.add(idempotencyKey);
        GatewayResult result = gateway.charge(idempotencyKey, amountMinor, currency, paymentMethod);
        if (Faults.loseChargeAnswer) {
            throw new IllegalStateException("fault: the answer to charge " + idempotencyKey + " was lost");
        }
        return result;
    }

    @Override
    public GatewayResult retrieve(String chargeReference) {
        if (Faults.gatewayDown) {
            throw new IllegalStateException("fault: the gateway does not answer about " + chargeReference);
        }
        return gateway.retrieve(chargeReference);
    }

    @Override
    public GatewayResult lookup(String idempotencyKey) {
        if (Faults.gatewayDown) {
            throw new IllegalStateException("fault: the gateway does not answer about " + idempotencyKey);
        }
        return gateway.lookup(idempotencyKey);
    }
}
