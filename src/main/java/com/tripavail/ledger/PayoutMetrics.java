package com.tripavail.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counters of the payout job: payouts scheduled, paid and failed (per currency), bookings paid out, errors. */
@ApplicationScoped
public class PayoutMetrics {
    @Inject
    MetricRegistry registry;

    public void scheduled(Payout p) {
        registry.counter("tripavail_payouts_scheduled_total", currency(p)).inc();
        registry.counter("tripavail_payout_bookings_total", currency(p)).inc(p.bookingCount());
    }

    public void paid(Payout p) {
        registry.counter("tripavail_payouts_paid_total", currency(p)).inc();
        registry.counter("tripavail_payouts_paid_minor_total", currency(p)).inc(p.amountMinor());
    }

    public void failed(Payout p) {
        registry.counter("tripavail_payouts_failed_total", currency(p)).inc();
    }

    /** A send without an answer (gateway unreachable, timeout): retried after the lease. */
    public void sendError() {
        registry.counter("tripavail_payout_send_errors_total").inc();
    }

    /** A provider or payout the job could not handle this run (logged; the next run tries again). */
    public void jobError(String step) {
        registry.counter("tripavail_payout_job_errors_total", new Tag("step", step))
                .inc();
    }

    private static Tag currency(Payout p) {
        return new Tag("currency", p.currency());
    }
}
