package com.tripavail.arq;

import com.tripavail.ledger.PayoutGateway;
import com.tripavail.platform.money.Money;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/** Test archive only: records every idempotency key the payout gateway is asked with. */
@Decorator
@Dependent
@Priority(Interceptor.Priority.APPLICATION)
public abstract class FaultyPayoutGateway implements PayoutGateway {
    @Inject
    @Delegate
    PayoutGateway gateway;

    @Override
    public PayoutResult send(String idempotencyKey, Money amount, String destination) {
        Faults.payoutKeys.add(idempotencyKey);
        return gateway.send(idempotencyKey, amount, destination);
    }
}
