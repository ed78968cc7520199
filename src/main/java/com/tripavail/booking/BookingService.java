package com.tripavail.booking;

import com.tripavail.booking.BookingDtos.BookingView;
import com.tripavail.booking.BookingDtos.EventView;
import com.tripavail.booking.BookingDtos.QuoteRequest;
import com.tripavail.catalog.Bookable;
import com.tripavail.catalog.PublicCatalog;
import com.tripavail.inventory.InventoryService;
import com.tripavail.platform.idempotency.IdempotentOutcome;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Quote, hold and the reads; confirmation lives in {@link Checkout}, cancellation in {@link Cancellation}. */
@ApplicationScoped
public class BookingService {
    static final int MAX_NIGHTS = 30;

    @Inject
    PublicCatalog catalog;

    @Inject
    InventoryService inventory;

    @Inject
    BookingRepository bookings;

    @Inject
    HoldInventory holds;

    @Inject
    BookingSettings settings;

    @Inject
    BookingMetrics metrics;

    @Inject
    IdempotentOutcome outcome;

    Clock clock = Clock.systemUTC();

    /** A caller of the booking endpoints: who, and whether an administrator. */
    public record Caller(UUID id, boolean admin) {
        String actor() {
            return (admin ? "admin:" : "user:") + id;
        }
    }

    @Transactional
    public BookingView quote(Caller caller, QuoteRequest r) {
        Bookable p = catalog.bookable(r.packageType().name(), r.packageId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, p.zone());
        Booking b = r.packageType() == PackageType.HOTEL
                ? hotelQuote(caller, p, r, today, now)
                : tourQuote(caller, p, r, today, now);
        bookings.persist(b);
        bookings.persist(new BookingEvent(b, null, BookingStatus.QUOTE, now, caller.actor(), null));
        BookingView view = BookingView.of(b);
        // with an Idempotency-Key, the answer commits with the quote: no second transaction after it
        outcome.record(201, view);
        return view;
    }

    private Booking hotelQuote(Caller caller, Bookable p, QuoteRequest r, LocalDate today, Instant now) {
        if (r.checkIn() == null || r.checkOut() == null) {
            throw DomainException.invalidField(
                    r.checkIn() == null ? "checkIn" : "checkOut", "is required for a hotel package");
        }
        if (r.checkIn().isBefore(today)) {
            throw DomainException.invalidField("checkIn", "must not be in the past (" + today + " at the property)");
        }
        requireWithinHorizon("checkIn", r.checkIn(), today);
        long nights = ChronoUnit.DAYS.between(r.checkIn(), r.checkOut());
        if (nights < Math.max(1, p.minimumNights()) || nights > MAX_NIGHTS) {
            throw DomainException.invalidField(
                    "checkOut", "the stay must be " + Math.max(1, p.minimumNights()) + " to " + MAX_NIGHTS + " nights");
        }
        int rooms = r.units() == null ? 1 : r.units();
        if (r.guests() > p.capacityPerUnit() * rooms) {
            throw DomainException.invalidField("guests", "at most " + p.capacityPerUnit() + " guests per room");
        }
        PriceSnapshot price = settings.pricing().hotel(p.priceMinor(), p.currency(), (int) nights, rooms, p.country());
        return new Booking(
                caller.id(),
                p,
                null,
                r.checkIn(),
                r.checkOut(),
                rooms,
                r.guests(),
                price,
                now.plus(settings.quoteTtl()),
                now);
    }

    private Booking tourQuote(Caller caller, Bookable p, QuoteRequest r, LocalDate today, Instant now) {
        if (r.departureDate() == null) {
            throw DomainException.invalidField("departureDate", "is required for a tour package");
        }
        if (r.departureDate().isBefore(today)) {
            throw DomainException.invalidField("departureDate", "must not be in the past");
        }
        requireWithinHorizon("departureDate", r.departureDate(), today);
        if (r.guests() > p.capacityPerUnit()) {
            throw DomainException.invalidField("guests", "the group is at most " + p.capacityPerUnit() + " people");
        }
        long departureId = inventory
                .departureId(p.packageId(), r.departureDate())
                .orElseThrow(
                        () -> DomainException.invalidField("departureDate", "the tour does not depart on this date"));
        PriceSnapshot price = settings.pricing().tour(p.priceMinor(), p.currency(), r.guests(), p.country());
        LocalDate end = r.departureDate().plusDays(Math.max(1, p.durationDays()));
        return new Booking(
                caller.id(),
                p,
                departureId,
                r.departureDate(),
                end,
                r.guests(),
                r.guests(),
                price,
                now.plus(settings.quoteTtl()),
                now);
    }

    /** Nothing is ever offered beyond the inventory horizon: such a quote is refused before any lookup. */
    private static void requireWithinHorizon(String field, LocalDate start, LocalDate today) {
        if (start.isAfter(today.plusDays(InventoryService.MAX_DAYS_AHEAD))) {
            throw DomainException.invalidField(
                    field, "must be within " + InventoryService.MAX_DAYS_AHEAD + " days from today");
        }
    }

    /** QUOTE to HOLD: every night or seat reserved in this one transaction, or nothing. */
    @Transactional
    public BookingView hold(Caller caller, UUID id) {
        long started = System.nanoTime();
        bookings.lockTraveler(caller.id());
        Booking b = own(bookings.lock(id), caller);
        Instant now = clock.instant();
        if (b.status() == BookingStatus.QUOTE
                && bookings.activeHolds(b.travelerId(), now) >= settings.maxActiveHolds()) {
            throw DomainException.conflict(
                    "too_many_holds",
                    "At most " + settings.maxActiveHolds() + " holds at a time; confirm or cancel one first");
        }
        BookingEvent event = b.hold(now.plus(settings.holdTtl()), now, caller.actor());
        requireSellable(catalog, b);
        bookings.persist(event);
        BookingView view = BookingView.of(b);
        // with the hold: a retry replays it even after Redis lost the key (a refused reservation
        // below rolls it back with everything else)
        outcome.record(200, view);
        // the booking, its event and the answer are written first: concurrent holds on these nights
        // queue behind the inventory rows' locks, so those are taken last and held only to the commit
        bookings.flush();
        holds.reserve(b, now);
        metrics.holdLatency(Duration.ofNanos(System.nanoTime() - started));
        return view;
    }

    public BookingView view(Caller caller, UUID id) {
        return BookingView.of(visible(bookings.byPublicId(id), caller));
    }

    public List<EventView> events(Caller caller, UUID id) {
        return bookings.events(visible(bookings.byPublicId(id), caller)).stream()
                .map(e -> EventView.of(e, caller.admin()))
                .toList();
    }

    public Page<BookingView> list(Caller caller, boolean asProvider, BookingStatus status, String cursor, int limit) {
        List<String> parts = Cursor.decode(cursor, 1);
        Long before = parts.isEmpty() ? null : Cursor.longPart(parts, 0);
        List<Booking> rows = bookings.list(caller.id(), asProvider, status, before, limit);
        String next = rows.size() > limit ? Cursor.encode(rows.get(limit - 1).id()) : null;
        return new Page<>(rows.stream().limit(limit).map(BookingView::of).toList(), next);
    }

    /** The internal id of a booking, for the ledger's admin view. */
    public long internalId(UUID id) {
        return bookings.byPublicId(id).id();
    }

    /** What a new quote would refuse (unpublished, archived, provider or property suspended), hold and confirm refuse too. */
    static void requireSellable(PublicCatalog catalog, Booking b) {
        if (!catalog.isSellable(b.packageType().name(), b.packagePublicId())) {
            throw DomainException.conflict(
                    "package_unavailable",
                    "This package can no longer be booked: it was unpublished or archived, or its provider was suspended");
        }
    }

    /** Traveler, the package's provider or an administrator; anyone else learns nothing (404). */
    static Booking visible(Booking b, Caller caller) {
        if (!b.isVisibleTo(caller.id(), caller.admin())) {
            throw DomainException.notFound("Booking");
        }
        return b;
    }

    /** Only the traveler acts on a booking (administrators may cancel: see {@link Cancellation}). */
    static Booking own(Booking b, Caller caller) {
        if (!b.travelerId().equals(caller.id())) {
            throw DomainException.notFound("Booking");
        }
        return b;
    }
}
