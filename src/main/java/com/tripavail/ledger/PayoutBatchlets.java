package com.tripavail.ledger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two steps of the payouts job: schedule (per payable provider) then send (per outstanding
 * payout). Each walks its keys in id order in batches and hands every key to a unit of work with
 * its own transaction; a key that fails is logged and counted and left for the next run.
 */
public final class PayoutBatchlets {
    private static final Logger LOG = Logger.getLogger(PayoutBatchlets.class.getName());

    private PayoutBatchlets() {}

    abstract static class Walking extends AbstractBatchlet {
        private volatile boolean stopped;

        @Inject
        PayoutMetrics metrics;

        @Inject
        JobContext jobContext;

        /** The step's and the job's exit status (the last step's wins), for the job list and the admin center. */
        String exit(String status) {
            jobContext.setExitStatus(status);
            return status;
        }

        /** Calls {@code unit} for every key {@code batch} returns after the last one; how many units did something. */
        int walk(String step, LongFunction<List<Long>> batch, LongPredicate unit) {
            int done = 0;
            long after = 0;
            for (List<Long> keys = batch.apply(after); !keys.isEmpty() && !stopped; keys = batch.apply(after)) {
                for (long key : keys) {
                    try {
                        done += unit.test(key) ? 1 : 0;
                    } catch (RuntimeException e) {
                        metrics.jobError(step);
                        LOG.log(Level.WARNING, "payouts " + step + ": " + key + " left for the next run", e);
                    }
                    after = key;
                }
            }
            return done;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    @Named("payoutSchedulingBatchlet")
    @Dependent
    public static class Scheduling extends Walking {
        @Inject
        PayoutJobs jobs;

        @Override
        public String process() {
            int providers = walk("schedule", jobs::payableAccounts, providerId -> {
                List<Payout> created = jobs.schedule(providerId);
                created.forEach(p -> {
                    metrics.scheduled(p);
                    LOG.info(() -> "payouts: scheduled " + p.publicId() + " for provider " + p.providerPublicId() + ", "
                            + p.amountMinor() + " " + p.currency() + " for " + p.bookingCount() + " bookings");
                });
                return !created.isEmpty();
            });
            LOG.info(() -> "payouts schedule: payouts scheduled for " + providers + " providers");
            return exit("SCHEDULED_" + providers);
        }
    }

    @Named("payoutSendingBatchlet")
    @Dependent
    public static class Sending extends Walking {
        @Inject
        PayoutJobs jobs;

        @Inject
        PayoutSender sender;

        @Override
        public String process() {
            int settled = walk(
                    "send", jobs::sendable, payoutId -> sender.send(payoutId).isPresent());
            LOG.info(() -> "payouts send: " + settled + " payouts settled");
            return exit("SETTLED_" + settled);
        }
    }
}
