package com.tripavail.booking;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/** The batchlets of the booking jobs: each loops over small claiming transactions until nothing is left. */
public final class BookingBatchlets {
    private static final Logger LOG = Logger.getLogger(BookingBatchlets.class.getName());

    private BookingBatchlets() {}

    abstract static class Looping extends AbstractBatchlet {
        private volatile boolean stopped;

        @Inject
        JobContext jobContext;

        /** The step's and the job's exit status, so the job list and the admin center show what a run did. */
        String exit(String status) {
            jobContext.setExitStatus(status);
            return status;
        }

        String loop(String job, IntSupplier chunk) {
            int total = 0;
            // a chunk that ran while the stop arrived is committed: counted, then the loop ends
            for (int n = chunk.getAsInt(); n > 0; n = stopped ? 0 : chunk.getAsInt()) {
                total += n;
            }
            int handled = total;
            if (handled > 0) {
                LOG.info(() -> job + ": " + handled + " bookings handled");
            }
            return exit("HANDLED_" + handled);
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    @Named("holdExpiryBatchlet")
    @Dependent
    public static class HoldExpiry extends Looping {
        @Inject
        BookingJobs jobs;

        @Override
        public String process() {
            return loop("hold-expiry", jobs::expireHolds);
        }
    }

    @Named("bookingCompletionBatchlet")
    @Dependent
    public static class Completion extends Looping {
        @Inject
        BookingJobs jobs;

        @Override
        public String process() {
            return loop("booking-completion", () -> jobs.complete() + jobs.reportSettlements());
        }
    }

    @Named("paymentReconciliationBatchlet")
    @Dependent
    public static class Reconciliation extends Looping {
        @Inject
        BookingJobs jobs;

        @Override
        public String process() {
            int handled = 0;
            for (UUID paymentId : jobs.overduePayments()) {
                jobs.reconcile(paymentId);
                handled++;
            }
            return exit("HANDLED_" + handled);
        }
    }
}
