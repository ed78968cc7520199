package com.tripavail.arq;

import com.tripavail.booking.BookingDtos.QuoteRequest;
import com.tripavail.booking.BookingService;
import com.tripavail.booking.BookingService.Caller;
import com.tripavail.booking.PackageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * In-container data for the money tests, written straight to the application's PostgreSQL like the
 * demo changelog does (the HTTP onboarding is not what these tests are about): a traveler, an
 * approved hotel provider and property, a published one-night-minimum package with {@code rooms}
 * rooms a night for 90 days, and the provider's payout destination. Every call makes a new world.
 */
@ApplicationScoped
public class MoneyWorld {
    static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    BookingService bookings;

    /** What a test needs to address its world. */
    public record World(UUID traveler, long providerId, UUID providerOwner, UUID hotelPackage, long packageId) {}

    @Transactional
    public World create(int rooms, String cancelKind, String payoutDestination) {
        UUID traveler = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        user(traveler, "TRAVELER");
        user(owner, "PROVIDER");
        long providerId = nextId();
        UUID providerPublic = UUID.randomUUID();
        update(
                "INSERT INTO providers (id, public_id, owner_id, legal_name, kind, country, contact_email, phone,"
                        + " status, status_reason, created_at, updated_at, version) VALUES (?1, ?2, ?3, ?4, 'HOTEL',"
                        + " 'PT', ?5, '+351 210 000 009', 'APPROVED', 'arq', now(), now(), 0)",
                providerId,
                providerPublic,
                owner,
                "Arq Hotels " + providerId,
                "arq-" + providerId + "@tripavail.test");
        long propertyId = nextId();
        update(
                "INSERT INTO properties (id, public_id, provider_id, name, address, city, country, latitude,"
                        + " longitude, description, time_zone, status, status_reason, created_at, updated_at, version)"
                        + " VALUES (?1, ?2, ?3, 'Casa Arq', 'Rua 1', 'Lisbon', 'PT', 38.7, -9.1, 'in-container',"
                        + " 'Europe/Lisbon', 'APPROVED', 'arq', now(), now(), 0)",
                propertyId,
                UUID.randomUUID(),
                providerId);
        long packageId = nextId();
        UUID packagePublic = UUID.randomUUID();
        update(
                "INSERT INTO hotel_packages (id, public_id, provider_id, property_id, title, description, nights,"
                        + " price_minor, currency, max_guests, inclusions, cancel_kind, cancel_free_days,"
                        + " cancel_refund_percent, status, published_at, created_at, updated_at, version) VALUES"
                        + " (?1, ?2, ?3, ?4, 'Arq room', 'in-container', 1, 10000, 'EUR', 2, 'wifi', ?5,"
                        + " CASE WHEN ?5 = 'FREE' THEN 7 END, NULL, 'PUBLISHED', now(), now(), now(), 0)",
                packageId,
                packagePublic,
                providerId,
                propertyId,
                cancelKind);
        update(
                "INSERT INTO hotel_nights (package_id, night, total, held, sold) SELECT ?1, d::date, ?2, 0, 0"
                        + " FROM generate_series(?3::date, ?3::date + 89, interval '1 day') AS d",
                packageId,
                rooms,
                LocalDate.now(ZONE).toString());
        update(
                "INSERT INTO payout_accounts (provider_id, provider_public_id, owner_id, destination, created_at,"
                        + " updated_at, version) VALUES (?1, ?2, ?3, ?4, now(), now(), 0)",
                providerId,
                providerPublic,
                owner,
                payoutDestination);
        return new World(traveler, providerId, owner, packagePublic, packageId);
    }

    /** A booking of one room for two nights {@code daysAhead} days from today, quoted and held by the traveler. */
    public String held(World w, int daysAhead) {
        Caller traveler = new Caller(w.traveler(), false);
        LocalDate in = LocalDate.now(ZONE).plusDays(daysAhead);
        String id = bookings.quote(
                        traveler, new QuoteRequest(PackageType.HOTEL, w.hotelPackage(), in, in.plusDays(2), null, 1, 1))
                .id();
        bookings.hold(traveler, UUID.fromString(id));
        return id;
    }

    /**
     * Moves a booking's stay into the past, as if its days had gone by: the booking's dates and its
     * package's nights (the package is this world's alone, so the counters stay the bookings' sum)
     * shift back by more than the nights' span, so no night collides with another.
     */
    @Transactional
    public void stayEnded(String bookingId) {
        update(
                "UPDATE hotel_nights SET night = night - 120 WHERE package_id ="
                        + " (SELECT package_id FROM bookings WHERE public_id = ?1::uuid)",
                bookingId);
        update(
                "UPDATE bookings SET start_date = start_date - 120, end_date = end_date - 120"
                        + " WHERE public_id = ?1::uuid",
                bookingId);
    }

    /** Work on another thread, as a request of its own would run (the request-scoped beans active). */
    @ActivateRequestContext
    public <T> T inRequest(Supplier<T> work) {
        return work.get();
    }

    private void user(UUID id, String role) {
        update(
                "INSERT INTO users (id, public_id, email, display_name, password_hash, role, created_at, updated_at,"
                        + " version) VALUES (nextval('tripavail_id_seq'), ?1, ?2, 'Arq', 'x', ?3, now(), now(), 0)",
                id,
                id + "@arq.tripavail.test",
                role);
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('tripavail_id_seq')")
                        .getSingleResult())
                .longValue();
    }

    /** Work in a transaction of its own (services that require their caller's transaction). */
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Transactional
    public int update(String sql, Object... params) {
        return bind(em.createNativeQuery(sql), params).executeUpdate();
    }

    @Transactional
    public long number(String sql, Object... params) {
        Object r = bind(em.createNativeQuery(sql), params).getSingleResult();
        return r == null ? 0 : ((Number) r).longValue();
    }

    @Transactional
    public String text(String sql, Object... params) {
        Object r = bind(em.createNativeQuery(sql), params).getSingleResult();
        return r == null ? null : r.toString();
    }

    /** The booking's status, by public id. */
    public String status(String bookingId) {
        return text("SELECT status FROM bookings WHERE public_id = ?1::uuid", bookingId);
    }

    /** Journals of the booking of this kind. */
    public long journals(String bookingId, String kind) {
        return number(
                "SELECT count(*) FROM journals j JOIN bookings b ON b.id = j.booking_id"
                        + " WHERE b.public_id = ?1::uuid AND j.kind = ?2",
                bookingId,
                kind);
    }

    /** Debits minus credits over every journal entry of the booking: 0 when each journal balances. */
    public long imbalance(String bookingId) {
        return number(
                "SELECT COALESCE(SUM(e.debit_minor - e.credit_minor), 0) FROM journal_entries e"
                        + " JOIN journals j ON j.id = e.journal_id JOIN bookings b ON b.id = j.booking_id"
                        + " WHERE b.public_id = ?1::uuid",
                bookingId);
    }

    /** The booking's net on one account (credits minus debits). */
    public long net(String bookingId, String account) {
        return number(
                "SELECT COALESCE(SUM(e.credit_minor - e.debit_minor), 0) FROM journal_entries e"
                        + " JOIN journals j ON j.id = e.journal_id JOIN bookings b ON b.id = j.booking_id"
                        + " WHERE b.public_id = ?1::uuid AND e.account = ?2",
                bookingId,
                account);
    }

    /** Rooms held plus sold over every night of the package. */
    public long inventoryInUse(long packageId, String column) {
        return number("SELECT COALESCE(SUM(" + column + "), 0) FROM hotel_nights WHERE package_id = ?1", packageId);
    }

    /** Charges the test gateway made (its own books) under this idempotency key. */
    public long gatewayCharges(String key) {
        return number("SELECT count(*) FROM test_gateway_charges WHERE kind = 'CHARGE' AND idempotency_key = ?1", key);
    }

    /** Money the test gateway captured for the booking's charges, minus what it refunded. */
    public long gatewayKept(String bookingId) {
        return number(
                "SELECT COALESCE(SUM(CASE WHEN g.status = 'SUCCEEDED' THEN g.amount_minor - g.refunded_minor ELSE 0"
                        + " END), 0) FROM test_gateway_charges g JOIN payments p ON g.idempotency_key ="
                        + " p.public_id::text JOIN bookings b ON b.id = p.booking_id WHERE b.public_id = ?1::uuid"
                        + " AND g.kind = 'CHARGE'",
                bookingId);
    }

    private static Query bind(Query q, Object... params) {
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }
}
