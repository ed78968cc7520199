package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.CreateHotelPackage;
import com.tripavail.catalog.CatalogDtos.CreateTourPackage;
import com.tripavail.catalog.CatalogDtos.DepartureRequest;
import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.InventoryRequest;
import com.tripavail.catalog.CatalogDtos.PatchHotelPackage;
import com.tripavail.catalog.CatalogDtos.PatchTourPackage;
import com.tripavail.catalog.CatalogDtos.PolicyDto;
import com.tripavail.catalog.CatalogDtos.PropertySummary;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import com.tripavail.inventory.InventoryService;
import com.tripavail.media.GalleryOwner;
import com.tripavail.media.ImageGallery;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.web.TimeZones;
import com.tripavail.provider.Property;
import com.tripavail.provider.Provider;
import com.tripavail.provider.ProviderService;
import com.tripavail.provider.ProviderSuspended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Logger;

/** Drafting, editing and publishing packages; the publishing gate is enforced here and only here. */
@ApplicationScoped
public class CatalogService {
    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    InventoryService inventory;

    @Inject
    ImageGallery gallery;

    Clock clock = Clock.systemUTC();

    @Transactional
    public HotelPackageView createHotel(UUID ownerId, CreateHotelPackage r) {
        Property property = providers.ownProperty(ownerId, r.propertyId());
        HotelPackage p = new HotelPackage(
                property.provider().id(),
                property.id(),
                r.title(),
                r.description(),
                r.nights(),
                r.price(),
                r.maxGuests(),
                r.inclusions(),
                r.cancellationPolicy().toPolicy(),
                clock.instant());
        em.persist(p);
        em.flush();
        return hotelView(p, property);
    }

    @Transactional
    public TourPackageView createTour(UUID ownerId, CreateTourPackage r) {
        Provider provider = providers.ownProvider(ownerId);
        TourPackage p = new TourPackage(
                provider.id(),
                r.title(),
                r.description(),
                r.destination(),
                r.country(),
                r.timeZone() == null ? TourPackage.DEFAULT_TIME_ZONE : TimeZones.parse("timeZone", r.timeZone()),
                r.durationDays(),
                r.pricePerPerson(),
                r.maxGroupSize(),
                r.inclusions(),
                r.cancellationPolicy().toPolicy(),
                clock.instant());
        em.persist(p);
        em.flush();
        return tourView(p, provider);
    }

    @Transactional
    public HotelPackageView patchHotel(UUID ownerId, UUID id, Long expectedVersion, PatchHotelPackage r) {
        HotelPackage p = ownedForUpdate(HotelPackage.class, ownerId, id);
        p.requireVersion(expectedVersion);
        var now = clock.instant();
        p.describe(r.title(), r.description(), r.inclusions(), now);
        p.reprice(r.price(), now);
        p.resize(r.nights(), r.maxGuests(), now);
        p.changePolicy(
                r.cancellationPolicy() == null ? null : r.cancellationPolicy().toPolicy(), now);
        em.flush();
        return hotelView(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView patchTour(UUID ownerId, UUID id, Long expectedVersion, PatchTourPackage r) {
        TourPackage p = ownedForUpdate(TourPackage.class, ownerId, id);
        p.requireVersion(expectedVersion);
        var now = clock.instant();
        p.describe(r.title(), r.description(), r.inclusions(), now);
        p.reprice(r.pricePerPerson(), now);
        p.reshape(
                r.destination(),
                r.country(),
                r.timeZone() == null ? null : TimeZones.parse("timeZone", r.timeZone()),
                r.durationDays(),
                r.maxGroupSize(),
                now);
        p.changePolicy(
                r.cancellationPolicy() == null ? null : r.cancellationPolicy().toPolicy(), now);
        em.flush();
        return tourView(p, providers.ownProvider(ownerId));
    }

    public enum Action {
        PUBLISH,
        UNPUBLISH,
        ARCHIVE
    }

    @Transactional
    public HotelPackageView changeHotel(UUID ownerId, UUID id, Action action) {
        HotelPackage p = ownedForUpdate(HotelPackage.class, ownerId, id);
        apply(p, action, p.propertyId());
        em.flush();
        return hotelView(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView changeTour(UUID ownerId, UUID id, Action action) {
        TourPackage p = ownedForUpdate(TourPackage.class, ownerId, id);
        apply(p, action, null);
        em.flush();
        return tourView(p, providers.ownProvider(ownerId));
    }

    private void apply(CatalogPackage p, Action action, Long propertyId) {
        var now = clock.instant();
        switch (action) {
            case PUBLISH -> {
                providers.requirePublishable(p.providerId(), propertyId);
                p.publish(now);
            }
            case UNPUBLISH -> p.unpublish(now);
            case ARCHIVE -> p.archive(now);
        }
    }

    /** Suspension hides every offer of the provider at once, in the suspending transaction. */
    void onProviderSuspended(@Observes ProviderSuspended event) {
        int hotels = em.createQuery("UPDATE HotelPackage p SET p.status = :un WHERE p.providerId = :provider"
                        + " AND p.status = :pub")
                .setParameter("un", PackageStatus.UNPUBLISHED)
                .setParameter("pub", PackageStatus.PUBLISHED)
                .setParameter("provider", event.providerId())
                .executeUpdate();
        int tours = em.createQuery("UPDATE TourPackage p SET p.status = :un WHERE p.providerId = :provider"
                        + " AND p.status = :pub")
                .setParameter("un", PackageStatus.UNPUBLISHED)
                .setParameter("pub", PackageStatus.PUBLISHED)
                .setParameter("provider", event.providerId())
                .executeUpdate();
        LOG.info(() -> "Provider " + event.providerId() + " suspended: unpublished " + hotels + " hotel and " + tours
                + " tour packages");
    }

    /** Detail as the public sees it: published and visible only, else 404. */
    public HotelPackageView publicHotel(UUID id, LocalDate from, LocalDate to) {
        HotelPackage p = find(HotelPackage.class, id);
        Property property = providers.property(p.propertyId());
        if (!p.isPublished() || !property.isApproved() || !property.provider().isApproved()) {
            throw DomainException.notFound("Hotel package");
        }
        HotelPackageView view = hotelView(p, property);
        if (from == null || to == null) {
            return view;
        }
        return withNights(view, inventory.hotelNights(p.id(), from, to));
    }

    public TourPackageView publicTour(UUID id, LocalDate from, LocalDate to) {
        TourPackage p = find(TourPackage.class, id);
        Provider provider = providers.providerById(p.providerId());
        if (!p.isPublished() || !provider.isApproved()) {
            throw DomainException.notFound("Tour package");
        }
        LocalDate start = from == null ? LocalDate.now(clock.withZone(p.timeZone())) : from;
        LocalDate end = to == null ? start.plusDays(InventoryService.MAX_RANGE_NIGHTS) : to;
        TourPackageView v = tourView(p, provider);
        return new TourPackageView(
                v.id(),
                v.providerId(),
                v.title(),
                v.description(),
                v.destination(),
                v.country(),
                v.timeZone(),
                v.durationDays(),
                v.pricePerPerson(),
                v.maxGroupSize(),
                v.inclusions(),
                v.cancellationPolicy(),
                v.status(),
                v.createdAt(),
                inventory.departures(p.id(), start, end),
                v.images());
    }

    @Transactional
    public HotelPackageView setInventory(UUID ownerId, UUID id, InventoryRequest r) {
        HotelPackage p = ownedForUpdate(HotelPackage.class, ownerId, id);
        Property property = providers.property(p.propertyId());
        LocalDate today = LocalDate.now(clock.withZone(property.timeZone()));
        inventory.setHotelNights(p.id(), r.from(), r.to(), r.units(), today);
        return withNights(hotelView(p, property), inventory.hotelNights(p.id(), r.from(), r.to()));
    }

    @Transactional
    public TourPackageView addDeparture(UUID ownerId, UUID id, DepartureRequest r) {
        TourPackage p = ownedForUpdate(TourPackage.class, ownerId, id);
        inventory.setDeparture(p.id(), r.date(), r.seats(), LocalDate.now(clock.withZone(p.timeZone())));
        return tourView(p, providers.ownProvider(ownerId));
    }

    /** Appends the caller's stored PACKAGE_IMAGE to its own package. */
    @Transactional
    public HotelPackageView addHotelImage(UUID ownerId, UUID id, UUID fileId) {
        HotelPackage p = ownedForUpdate(HotelPackage.class, ownerId, id);
        addImage(ownerId, p, fileId);
        return hotelView(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView addTourImage(UUID ownerId, UUID id, UUID fileId) {
        TourPackage p = ownedForUpdate(TourPackage.class, ownerId, id);
        addImage(ownerId, p, fileId);
        return tourView(p, providers.ownProvider(ownerId));
    }

    private void addImage(UUID ownerId, CatalogPackage p, UUID fileId) {
        gallery.add(galleryOf(p), p.id(), ownerId, fileId);
    }

    static GalleryOwner galleryOf(CatalogPackage p) {
        return p instanceof HotelPackage ? GalleryOwner.HOTEL_PACKAGE : GalleryOwner.TOUR_PACKAGE;
    }

    public HotelPackageView ownHotel(UUID ownerId, UUID id) {
        HotelPackage p = owned(HotelPackage.class, ownerId, id);
        return hotelView(p, providers.property(p.propertyId()));
    }

    public TourPackageView ownTour(UUID ownerId, UUID id) {
        return tourView(owned(TourPackage.class, ownerId, id), providers.ownProvider(ownerId));
    }

    private <T extends CatalogPackage> T find(Class<T> type, UUID id) {
        return em.createQuery("SELECT p FROM " + type.getSimpleName() + " p WHERE p.publicId = :id", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Package"));
    }

    /** Another provider's package answers 404, like one that does not exist. */
    private <T extends CatalogPackage> T owned(Class<T> type, UUID ownerId, UUID id) {
        T p = find(type, id);
        if (p.providerId() != providers.ownProvider(ownerId).id()) {
            throw DomainException.notFound("Package");
        }
        return p;
    }

    private <T extends CatalogPackage> T ownedForUpdate(Class<T> type, UUID ownerId, UUID id) {
        T p = owned(type, ownerId, id);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        return p;
    }

    private HotelPackageView hotelView(HotelPackage p, Property property) {
        return new HotelPackageView(
                p.publicId().toString(),
                property.provider().publicId().toString(),
                new PropertySummary(
                        property.publicId().toString(),
                        property.name(),
                        property.city(),
                        property.country(),
                        property.timeZone().getId()),
                p.title(),
                p.description(),
                p.nights(),
                p.price(),
                p.maxGuests(),
                p.inclusions(),
                PolicyDto.of(p.cancellationPolicy()),
                p.status(),
                p.createdAt(),
                null,
                gallery.urlsOf(galleryOf(p), p.id()));
    }

    private TourPackageView tourView(TourPackage p, Provider provider) {
        return new TourPackageView(
                p.publicId().toString(),
                provider.publicId().toString(),
                p.title(),
                p.description(),
                p.destination(),
                p.country(),
                p.timeZone().getId(),
                p.durationDays(),
                p.price(),
                p.maxGroupSize(),
                p.inclusions(),
                PolicyDto.of(p.cancellationPolicy()),
                p.status(),
                p.createdAt(),
                null,
                gallery.urlsOf(galleryOf(p), p.id()));
    }

    private static HotelPackageView withNights(
            HotelPackageView v, java.util.List<CatalogDtos.NightAvailability> nights) {
        return new HotelPackageView(
                v.id(),
                v.providerId(),
                v.property(),
                v.title(),
                v.description(),
                v.nights(),
                v.price(),
                v.maxGuests(),
                v.inclusions(),
                v.cancellationPolicy(),
                v.status(),
                v.createdAt(),
                nights,
                v.images());
    }

    /**
     * A published, visible package as booking sees it, or 404 (drafts and packages of suspended
     * providers or unapproved properties are not bookable).
     */
    public Bookable bookable(String type, UUID id) {
        if ("HOTEL".equals(type)) {
            HotelPackage p = find(HotelPackage.class, id);
            Property property = providers.property(p.propertyId());
            if (!p.isPublished()
                    || !property.isApproved()
                    || !property.provider().isApproved()) {
                throw DomainException.notFound("Hotel package");
            }
            return new Bookable(
                    type,
                    p.id(),
                    p.publicId(),
                    p.providerId(),
                    property.provider().ownerId(),
                    p.title(),
                    p.price().amountMinor(),
                    p.price().currency(),
                    p.maxGuests(),
                    p.nights(),
                    0,
                    property.country(),
                    property.timeZone(),
                    p.cancellationPolicy());
        }
        TourPackage p = find(TourPackage.class, id);
        Provider provider = providers.providerById(p.providerId());
        if (!p.isPublished() || !provider.isApproved()) {
            throw DomainException.notFound("Tour package");
        }
        return new Bookable(
                type,
                p.id(),
                p.publicId(),
                p.providerId(),
                provider.ownerId(),
                p.title(),
                p.price().amountMinor(),
                p.price().currency(),
                p.maxGroupSize(),
                0,
                p.durationDays(),
                p.country(),
                p.timeZone(),
                p.cancellationPolicy());
    }

    /** The internal id of the caller's provider, for provider-scoped booking lists (empty if none). */
    public java.util.Optional<Long> providerIdOf(UUID ownerId) {
        try {
            return java.util.Optional.of(providers.ownProvider(ownerId).id());
        } catch (DomainException e) {
            return java.util.Optional.empty();
        }
    }

    /** The current version, for the ETag of a package the caller owns. */
    public long versionOf(Class<? extends CatalogPackage> type, UUID id) {
        return find(type, id).version();
    }
}
