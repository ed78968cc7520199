package com.tripavail.ledger;

import com.tripavail.ledger.PayoutGateway.PayoutResult;
import com.tripavail.ledger.PayoutJobs.SendOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one payout in three steps, no row lock held while the gateway works: take it (its own
 * transaction), ask the gateway keyed by the payout's public id, apply the answer (its own
 * transaction). No answer leaves it SENDING; after the lease a later run asks again with the same key.
 */
@ApplicationScoped
public class PayoutSender {
    private static final Logger LOG = Logger.getLogger(PayoutSender.class.getName());

    @Inject
    PayoutJobs jobs;

    @Inject
    PayoutGateway gateway;

    @Inject
    PayoutMetrics metrics;

    /** The payout as settled now, or empty when another server had it or the gateway did not answer. */
    public Optional<Payout> send(long payoutId) {
        Optional<SendOrder> order = jobs.startSending(payoutId);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        SendOrder o = order.get();
        PayoutResult result;
        try {
            result = gateway.send(o.key().toString(), o.amount(), o.destination());
        } catch (RuntimeException e) {
            metrics.sendError();
            LOG.log(
                    Level.WARNING,
                    "payouts: no answer from the " + gateway.name() + " gateway for payout " + o.key()
                            + "; asked again after the lease",
                    e);
            return Optional.empty();
        }
        Optional<Payout> settled = jobs.settle(o.payoutId(), result);
        settled.ifPresent(p -> {
            if (p.status() == PayoutStatus.PAID) {
                metrics.paid(p);
                LOG.info(() -> "payouts: " + p.publicId() + " paid, " + p.amountMinor() + " " + p.currency());
            } else {
                metrics.failed(p);
                LOG.warning(() -> "payouts: " + p.publicId() + " failed (" + p.failureReason() + "), " + p.amountMinor()
                        + " " + p.currency() + " payable again");
            }
        });
        return settled;
    }
}
