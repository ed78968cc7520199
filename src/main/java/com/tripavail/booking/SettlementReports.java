package com.tripavail.booking;

import com.tripavail.ledger.LedgerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Tells the ledger that a booking's money may be paid out (it completed, or was cancelled with a
 * share kept), in the transaction that settles it: payouts read the ledger's record, never bookings.
 */
@ApplicationScoped
public class SettlementReports {
    @Inject
    LedgerService ledger;

    @Inject
    BookingRepository bookings;

    @Transactional(Transactional.TxType.MANDATORY)
    void report(Booking b, Instant now) {
        ledger.bookingSettled(b.id(), b.publicId(), b.providerId(), b.currency(), now);
        bookings.markSettlementReported(b, now);
    }
}
