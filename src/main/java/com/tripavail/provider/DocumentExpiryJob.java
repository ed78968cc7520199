package com.tripavail.provider;

import com.tripavail.provider.DocumentDtos.ExpiryRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The document expiry check: warns (audit {@code provider.document_expiring}) about required
 * documents expiring within DOCUMENT_WARNING_DAYS, then suspends APPROVED providers whose required
 * document has expired, through ProviderService.suspend, so their packages unpublish and it is
 * audited. A provider with no document of a type on file is not suspended by this job: that gap is
 * for the admin's review. Safe to run on several instances at once (see DocumentExpiryClaims).
 */
@ApplicationScoped
public class DocumentExpiryJob {
    public static final String NAME = "document-expiry";
    private static final Logger LOG = Logger.getLogger(DocumentExpiryJob.class.getName());
    private static final int BATCH = 50;

    @Inject
    DocumentExpiryClaims claims;

    @Inject
    DocumentPolicy policy;

    @Inject
    MetricRegistry metrics;

    Clock clock = Clock.systemUTC();

    public ExpiryRun run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Set<DocumentType> required = policy.required();
        if (required.isEmpty()) {
            LOG.info("Document expiry check skipped: REQUIRED_PROVIDER_DOCUMENTS is empty");
            return new ExpiryRun(0, 0);
        }
        LOG.info(() -> "Document expiry check for " + today + ": required " + required + ", warning "
                + policy.warningDays() + " days ahead");
        int warned = 0;
        for (int n = BATCH; n == BATCH; ) {
            n = claims.warnBatch(today, required, policy.warningDays(), BATCH);
            warned += n;
            metrics.counter("tripavail_document_expiry_warned_total").inc(n);
            int soFar = warned;
            LOG.fine(() -> "Document expiry check: " + soFar + " documents warned about so far");
        }
        int suspended = 0;
        while (claims.suspendNext(today, required)) {
            suspended++;
            metrics.counter("tripavail_document_expiry_suspended_total").inc();
        }
        metrics.counter("tripavail_document_expiry_runs_total").inc();
        int w = warned;
        int s = suspended;
        LOG.info(() -> "Document expiry check done: " + w + " documents warned about, " + s + " providers suspended");
        return new ExpiryRun(warned, suspended);
    }
}
