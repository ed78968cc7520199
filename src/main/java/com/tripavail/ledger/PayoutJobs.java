package com.tripavail.ledger;

import com.tripavail.ledger.PayoutGateway.PayoutResult;
import com.tripavail.notification.NotificationKind;
import com.tripavail.notification.NotificationOutbox;
import com.tripavail.notification.PayoutFacts;
import com.tripavail.platform.money.Money;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payout job's units of work, one transaction each: scheduling one provider's payouts, taking
 * one payout for sending, applying the gateway's answer. Every claim is FOR UPDATE SKIP LOCKED, so
 * servers running the job at once split the work, and a crash loses at most the unit in flight
 * (a send in flight is asked again after the lease, with the same idempotency key).
 */
@ApplicationScoped
public class PayoutJobs {
    public static final int BATCH = 50;

    @Inject
    PayoutRepository payouts;

    @Inject
    LedgerService ledger;

    @Inject
    PayoutSettings settings;

    @Inject
    NotificationOutbox outbox;

    @Inject
    ProviderService providers;

    Clock clock = Clock.systemUTC();

    /** What the sender hands the gateway. */
    public record SendOrder(long payoutId, UUID key, Money amount, String destination) {}

    public List<Long> payableAccounts(long afterProviderId) {
        return payouts.payableAccounts(afterProviderId, BATCH);
    }

    public List<Long> sendable(long afterPayoutId) {
        return payouts.sendable(clock.instant(), settings.sendLease(), afterPayoutId, BATCH);
    }

    /**
     * Schedules one provider's payouts: one per currency whose available bookings reach the minimum,
     * each with its items and a journal from provider_payable to payouts_in_transit. Nothing when
     * another server holds the provider, the account is paused or held, or the provider is not
     * approved (a suspended provider's money waits).
     */
    @Transactional
    public List<Payout> schedule(long providerId) {
        Optional<PayoutAccount> account = payouts.claimAccount(providerId);
        if (account.isEmpty() || !providers.providerById(providerId).isApproved()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Payout> created = new ArrayList<>();
        for (PayoutPlan plan : PayoutPlan.plan(payouts.available(providerId), settings.minimumMinor())) {
            Payout payout = new Payout(account.get(), plan, now);
            payouts.persist(payout);
            payouts.addItems(payout, plan.bookings());
            ledger.postForPayout(
                    payout.id(),
                    JournalKind.PAYOUT,
                    payout.currency(),
                    "payout " + payout.publicId() + " of " + payout.bookingCount() + " bookings scheduled",
                    Accounts.payoutScheduled(providerId, payout.amount()));
            created.add(payout);
        }
        return created;
    }

    /** Takes one payout for sending (SENDING, attempt counted), or empty when another server has it. */
    @Transactional
    public Optional<SendOrder> startSending(long payoutId) {
        Instant now = clock.instant();
        return payouts.claimForSending(payoutId, now, settings.sendLease()).map(p -> {
            p.startSending(payouts.account(p.providerId()).orElseThrow().destination(), now);
            return new SendOrder(p.id(), p.publicId(), p.amount(), p.destination());
        });
    }

    /**
     * Applies the gateway's final answer once: PAID leaves payouts_in_transit for gateway clearing;
     * FAILED returns the money to provider_payable, releases the bookings for a later payout and
     * pauses the account until the provider changes the destination. Empty when already applied.
     */
    @Transactional
    public Optional<Payout> settle(long payoutId, PayoutResult result) {
        Payout p = payouts.lock(payoutId);
        if (p.status() != PayoutStatus.SENDING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        PayoutAccount account = payouts.lockAccount(p.providerId()).orElseThrow();
        if (result.outcome() == PayoutResult.Outcome.PAID) {
            p.paid(result.reference(), now);
            ledger.postForPayout(
                    p.id(),
                    JournalKind.PAYOUT_PAID,
                    p.currency(),
                    "payout " + p.publicId() + " paid",
                    Accounts.payoutPaid(p.amount()));
        } else {
            p.failed(result.reference(), result.failure(), now);
            payouts.releaseItems(p);
            ledger.postForPayout(
                    p.id(),
                    JournalKind.PAYOUT_FAILED,
                    p.currency(),
                    "payout " + p.publicId() + " failed: " + p.failureReason(),
                    Accounts.payoutFailed(p.providerId(), p.amount()));
            account.pauseAfterFailure("payout " + p.publicId() + " failed: " + p.failureReason(), now);
        }
        outbox.payout(
                p.status() == PayoutStatus.PAID ? NotificationKind.PAYOUT_PAID : NotificationKind.PAYOUT_FAILED,
                account.ownerId(),
                p.publicId(),
                new PayoutFacts(p.amountMinor(), p.currency(), p.failureReason()));
        return Optional.of(p);
    }
}
