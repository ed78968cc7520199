package com.tripavail.booking;

import com.tripavail.catalog.Bookable;
import com.tripavail.catalog.CancellationPolicy;
import com.tripavail.platform.money.Money;
import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.Lifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A booking and its state machine. Status changes only through the intention methods below, each
 * of which checks {@link BookingStatus#canTransitionTo} and returns the event to append.
 */
@Entity
@Table(name = "bookings")
public class Booking extends PublicEntity {
    @Column(name = "traveler_id", nullable = false, updatable = false)
    private UUID travelerId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "provider_owner_id", nullable = false, updatable = false)
    private UUID providerOwnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "package_type", nullable = false, updatable = false)
    private PackageType packageType;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "package_public_id", nullable = false, updatable = false)
    private UUID packagePublicId;

    /** The package's title when quoted (null on bookings a release before this one wrote). */
    @Column(name = "package_title", updatable = false)
    private String packageTitle;

    @Column(name = "departure_id", updatable = false)
    private Long departureId;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;

    @Column(nullable = false, updatable = false)
    private int nights;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(nullable = false, updatable = false)
    private int guests;

    @Column(name = "time_zone", nullable = false, updatable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Embedded
    private StoredPrice price;

    /** The package's policy when the booking was quoted (cancel_kind, cancel_free_days, cancel_refund_percent). */
    @Embedded
    private CancellationPolicy policy;

    @Column(name = "quote_expires_at", nullable = false, updatable = false)
    private Instant quoteExpiresAt;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;
    /** The hold's own expiry, restored when a payment attempt fails (the payment window does not extend it). */
    @Column(name = "hold_deadline")
    private Instant holdDeadline;
    /** The platform's commission on the subtotal, fixed at confirmation so later refunds reverse the same split. */
    @Column(name = "commission_minor", nullable = false)
    private long commissionMinor;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    protected Booking() {
        // JPA
    }

    /** A quote: the what, the when and the price, fixed from now on. */
    public Booking(
            UUID travelerId,
            Bookable p,
            Long departureId,
            LocalDate start,
            LocalDate end,
            int units,
            int guests,
            PriceSnapshot price,
            Instant quoteExpiresAt,
            Instant now) {
        super(now);
        this.travelerId = Objects.requireNonNull(travelerId);
        this.providerId = p.providerId();
        this.providerOwnerId = p.providerOwnerId();
        this.packageType = PackageType.valueOf(p.type());
        this.packageId = p.packageId();
        this.packagePublicId = p.packagePublicId();
        this.packageTitle = p.title();
        this.departureId = departureId;
        this.startDate = start;
        this.endDate = end;
        this.nights = packageType == PackageType.HOTEL ? (int) ChronoUnit.DAYS.between(start, end) : 0;
        this.units = units;
        this.guests = guests;
        this.timeZone = p.zone().getId();
        this.status = BookingStatus.QUOTE;
        this.currency = price.currency();
        this.price = new StoredPrice(price);
        this.policy = p.policy();
        this.quoteExpiresAt = quoteExpiresAt;
    }

    public BookingEvent hold(Instant expiresAt, Instant now, String actor) {
        if (!now.isBefore(quoteExpiresAt)) {
            requireTransition(BookingStatus.HOLD);
            throw DomainException.conflict(
                    "quote_expired", "The quote expired at " + quoteExpiresAt + "; ask for a new one");
        }
        BookingEvent e = moveTo(BookingStatus.HOLD, now, actor, null);
        this.holdExpiresAt = expiresAt;
        this.holdDeadline = expiresAt;
        return e;
    }

    /** HOLD to PAYMENT, the hold stretched to cover the payment window (never shortened). */
    public BookingEvent startPayment(Instant paymentDeadline, Instant now, String actor) {
        requireTransition(BookingStatus.PAYMENT);
        requireValidHold(now);
        BookingEvent e = moveTo(BookingStatus.PAYMENT, now, actor, null);
        this.holdExpiresAt = paymentDeadline.isAfter(holdExpiresAt) ? paymentDeadline : holdExpiresAt;
        return e;
    }

    public BookingEvent paymentDeclined(Instant now, String actor, String reason) {
        BookingEvent e = moveTo(BookingStatus.HOLD, now, actor, reason);
        this.holdExpiresAt = holdDeadline;
        return e;
    }

    public BookingEvent confirm(long commissionMinor, Instant now, String actor) {
        if (commissionMinor < 0 || commissionMinor > price.subtotalMinor()) {
            throw new IllegalArgumentException("commission out of range");
        }
        BookingEvent e = moveTo(BookingStatus.CONFIRMED, now, actor, "payment succeeded");
        this.commissionMinor = commissionMinor;
        this.holdExpiresAt = null;
        return e;
    }

    public BookingEvent expire(Instant now, String actor) {
        if (!isHoldExpired(now)) {
            throw new IllegalStateException("Booking " + publicId() + " hold has not expired");
        }
        BookingEvent e = moveTo(BookingStatus.EXPIRED_HOLD, now, actor, "hold expired at " + holdExpiresAt);
        this.holdExpiresAt = null;
        return e;
    }

    /** Cancels; a PAYMENT booking only while its hold is valid, the refund recorded when confirmed. */
    public BookingEvent cancel(long refundMinor, Instant now, String actor, String reason) {
        requireTransition(BookingStatus.CANCELLED);
        if (status.holdsInventory()) {
            requireValidHold(now);
        }
        if (refundMinor < 0 || refundMinor > price.totalMinor()) {
            throw new IllegalArgumentException("refund out of range");
        }
        BookingEvent e = moveTo(BookingStatus.CANCELLED, now, actor, reason);
        this.refundedMinor = refundMinor;
        this.holdExpiresAt = null;
        return e;
    }

    /**
     * PAYMENT to CANCELLED when the package stopped being sellable while the charge was in flight:
     * never confirmed, whatever the hold's expiry; the caller returns the whole payment.
     */
    public BookingEvent withdraw(Instant now, String actor, String reason) {
        BookingEvent e = moveTo(BookingStatus.CANCELLED, now, actor, reason);
        this.refundedMinor = price.totalMinor();
        this.holdExpiresAt = null;
        return e;
    }

    public BookingEvent complete(Instant now, String actor) {
        return moveTo(BookingStatus.COMPLETED, now, actor, "ended on " + endDate);
    }

    private void requireValidHold(Instant now) {
        if (isHoldExpired(now)) {
            throw DomainException.conflict("hold_expired", "The hold expired at " + holdExpiresAt + "; quote again");
        }
    }

    private void requireTransition(BookingStatus next) {
        Lifecycle.transition("A booking", status, next);
    }

    private BookingEvent moveTo(BookingStatus next, Instant now, String actor, String reason) {
        requireTransition(next);
        BookingStatus from = status;
        this.status = next;
        touch(now);
        return new BookingEvent(this, from, next, now, actor, reason);
    }

    /** A hold past its expiry is expired everywhere at once, whether or not the job has run. */
    public boolean isHoldExpired(Instant now) {
        return status.holdsInventory() && !now.isBefore(holdExpiresAt);
    }

    /** The traveler and administrators always; the package's provider once the booking was held (never a bare quote). */
    public boolean isVisibleTo(UUID userId, boolean admin) {
        return admin || travelerId.equals(userId) || (providerOwnerId.equals(userId) && wasHeld());
    }

    /** Whether the booking ever reserved inventory: the hold deadline is set by the hold and never cleared. */
    private boolean wasHeld() {
        return holdDeadline != null;
    }

    /** Whole days from today in the property's zone to the start, for the cancellation policy. */
    public long daysBeforeStart(Instant now) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneId.of(timeZone)), startDate);
    }

    public CancellationPolicy policy() {
        return policy;
    }

    public PriceSnapshot price() {
        return price.snapshot(currency);
    }

    public UUID travelerId() {
        return travelerId;
    }

    public long providerId() {
        return providerId;
    }

    public PackageType packageType() {
        return packageType;
    }

    public long packageId() {
        return packageId;
    }

    public UUID packagePublicId() {
        return packagePublicId;
    }

    public Optional<String> packageTitle() {
        return Optional.ofNullable(packageTitle);
    }

    public Long departureId() {
        return departureId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int nights() {
        return nights;
    }

    public int units() {
        return units;
    }

    public int guests() {
        return guests;
    }

    public BookingStatus status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    public long subtotalMinor() {
        return price.subtotalMinor();
    }

    public long taxesMinor() {
        return price.taxesMinor();
    }

    public long feesMinor() {
        return price.feesMinor();
    }

    /** What the traveler pays (subtotal, taxes and fees), as the quote priced it. */
    public Money total() {
        return Money.of(price.totalMinor(), currency);
    }

    /** The stay's or tour's own price, before taxes and fees: what commission is taken from. */
    public Money subtotal() {
        return Money.of(price.subtotalMinor(), currency);
    }

    public long totalMinor() {
        return price.totalMinor();
    }

    public long refundedMinor() {
        return refundedMinor;
    }

    public long commissionMinor() {
        return commissionMinor;
    }

    public Instant quoteExpiresAt() {
        return quoteExpiresAt;
    }

    public Instant holdExpiresAt() {
        return holdExpiresAt;
    }
}
