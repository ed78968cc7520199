package com.tripavail.ledger;

import com.tripavail.audit.AuditService;
import com.tripavail.ledger.PayoutDtos.AdminPayoutView;
import com.tripavail.ledger.PayoutDtos.Balance;
import com.tripavail.ledger.PayoutDtos.PayoutAccountView;
import com.tripavail.ledger.PayoutDtos.PayoutView;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.provider.Provider;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What providers and administrators read and decide about payouts: balances, payout pages and
 * details, the payout destination and administrators' holds (audited). A provider only ever
 * reaches its own payouts; anyone else's answer 404.
 */
@ApplicationScoped
public class PayoutService {
    @Inject
    PayoutRepository payouts;

    @Inject
    LedgerService ledger;

    @Inject
    ProviderService providers;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    public Balance balance(UUID ownerId) {
        long providerId = providers.ownProvider(ownerId).id();
        Map<String, Long> available = payouts.available(providerId).stream()
                .collect(Collectors.groupingBy(
                        PayoutPlan.Item::currency,
                        Collectors.summingLong(i -> i.amount().minor())));
        return Balance.of(
                ledger.balance(Accounts.providerPayable(providerId)), available, payouts.inTransit(providerId));
    }

    public Page<PayoutView> mine(UUID ownerId, String cursor, int limit) {
        UUID providerId = providers.ownProvider(ownerId).publicId();
        return page(providerId, null, cursor, limit, p -> PayoutView.of(p, null));
    }

    public PayoutView mine(UUID ownerId, UUID payoutId) {
        Payout p = payouts.byPublicId(payoutId);
        if (!p.providerPublicId().equals(providers.ownProvider(ownerId).publicId())) {
            throw DomainException.notFound("Payout");
        }
        return PayoutView.of(p, payouts.items(p));
    }

    /** Every payout, newest first, optionally of one status and one provider (both checked: 400 when malformed). */
    public Page<AdminPayoutView> all(String status, String providerId, String cursor, int limit) {
        return page(
                filter(providerId, UUID::fromString, "providerId", "must be a provider id"),
                filter(status, PayoutStatus::valueOf, "status", "must be one of SCHEDULED, SENDING, PAID, FAILED"),
                cursor,
                limit,
                p -> AdminPayoutView.of(p, null, null));
    }

    public AdminPayoutView detail(UUID payoutId) {
        Payout p = payouts.byPublicId(payoutId);
        return AdminPayoutView.of(p, payouts.items(p), ledger.journalsOfPayout(p.id()));
    }

    public PayoutAccountView destination(UUID ownerId) {
        return PayoutAccountView.of(
                payouts.account(providers.ownProvider(ownerId).id())
                        .orElseThrow(() -> DomainException.notFound("Payout destination")));
    }

    /** Sets where the caller's provider is paid; a new destination also ends a pause after a failed payout. */
    @Transactional
    public PayoutAccountView setDestination(UUID ownerId, String destination) {
        Provider provider = providers.ownProvider(ownerId);
        PayoutAccount account = payouts.lockAccount(provider.id()).orElse(null);
        if (account == null) {
            account = new PayoutAccount(provider.id(), provider.publicId(), ownerId, destination, clock.instant());
            payouts.persist(account);
        } else {
            account.changeDestination(destination, clock.instant());
        }
        audit.record(
                ownerId.toString(),
                "payout.destination_changed",
                "provider",
                provider.publicId().toString(),
                null,
                Map.of("destination", destination));
        return PayoutAccountView.of(account);
    }

    /** An administrator holds a provider's payouts (none is scheduled while held) or releases them. */
    @Transactional
    public PayoutAccountView hold(String adminId, UUID providerId, boolean held, String reason) {
        if (held && (reason == null || reason.isBlank())) {
            throw DomainException.invalidField("reason", "is required to hold payouts");
        }
        PayoutAccount account = payouts.lockAccount(
                        providers.providerByPublicId(providerId).id())
                .orElseThrow(() -> DomainException.notFound("Payout account"));
        if (held) {
            account.hold(reason, clock.instant());
        } else {
            account.release(clock.instant());
        }
        audit.record(
                adminId, held ? "payout.held" : "payout.released", "provider", providerId.toString(), reason, null);
        return PayoutAccountView.of(account);
    }

    private <T> Page<T> page(UUID providerId, PayoutStatus status, String cursor, int limit, Function<Payout, T> view) {
        List<String> parts = Cursor.decode(cursor, 1);
        Long before = parts.isEmpty() ? null : Cursor.longPart(parts, 0);
        List<Payout> rows = payouts.page(providerId, status, before, limit);
        String next = rows.size() > limit ? Cursor.encode(rows.get(limit - 1).id()) : null;
        return new Page<>(rows.stream().limit(limit).map(view).toList(), next);
    }

    /** A filter from the query string: null when absent, 400 {@code validation_failed} when malformed. */
    private static <T> T filter(String value, Function<String, T> parse, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, message);
        }
    }
}
