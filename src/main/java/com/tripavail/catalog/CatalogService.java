package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.CreateHotelPackage;
import com.tripavail.catalog.CatalogDtos.CreateTourPackage;
import com.tripavail.catalog.CatalogDtos.DepartureRequest;
import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.InventoryRequest;
import com.tripavail.catalog.CatalogDtos.PatchHotelPackage;
import com.tripavail.catalog.CatalogDtos.PatchTourPackage;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import com.tripavail.inventory.InventoryService;
import com.tripavail.media.ImageGallery;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.web.TimeZones;
import com.tripavail.provider.Property;
import com.tripavail.provider.Provider;
import com.tripavail.provider.ProviderKind;
import com.tripavail.provider.ProviderService;
import com.tripavail.provider.ProviderSuspended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    Packages packages;

    @Inject
    PackageViews views;

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
        return views.hotel(p, property);
    }

    @Transactional
    public TourPackageView createTour(UUID ownerId, CreateTourPackage r) {
        Provider provider = providers.ownProvider(ownerId);
        if (provider.kind() != ProviderKind.TOUR_OPERATOR) {
            throw DomainException.conflict("not_a_tour_operator", "Only tour operators offer tour packages");
        }
        String country = r.country() == null ? provider.country() : r.country();
        TourPackage p = new TourPackage(
                provider.id(),
                r.title(),
                r.description(),
                r.destination(),
                country,
                TimeZones.givenOrForPlace("timeZone", r.timeZone(), country, null, null)
                        .orElse(TourPackage.DEFAULT_TIME_ZONE),
                r.durationDays(),
                r.pricePerPerson(),
                r.maxGroupSize(),
                r.inclusions(),
                r.cancellationPolicy().toPolicy(),
                clock.instant());
        em.persist(p);
        em.flush();
        return views.tour(p, provider);
    }

    @Transactional
    public HotelPackageView patchHotel(UUID ownerId, UUID id, Long expectedVersion, PatchHotelPackage r) {
        HotelPackage p = editable(HotelPackage.class, ownerId, id);
        p.requireVersion(expectedVersion);
        var now = clock.instant();
        p.describe(r.title(), r.description(), r.inclusions(), now);
        p.reprice(r.price(), now);
        p.resize(r.nights(), r.maxGuests(), now);
        p.changePolicy(
                r.cancellationPolicy() == null ? null : r.cancellationPolicy().toPolicy(), now);
        em.flush();
        return views.hotel(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView patchTour(UUID ownerId, UUID id, Long expectedVersion, PatchTourPackage r) {
        TourPackage p = editable(TourPackage.class, ownerId, id);
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
        return views.tour(p, providers.ownProvider(ownerId));
    }

    public enum Action {
        PUBLISH,
        UNPUBLISH,
        ARCHIVE
    }

    @Transactional
    public HotelPackageView changeHotel(UUID ownerId, UUID id, Action action) {
        HotelPackage p = packages.ownedForUpdate(HotelPackage.class, ownerId, id);
        apply(p, action, p.propertyId());
        em.flush();
        return views.hotel(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView changeTour(UUID ownerId, UUID id, Action action) {
        TourPackage p = packages.ownedForUpdate(TourPackage.class, ownerId, id);
        apply(p, action, null);
        em.flush();
        return views.tour(p, providers.ownProvider(ownerId));
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

    @Transactional
    public HotelPackageView setInventory(UUID ownerId, UUID id, Long expectedVersion, InventoryRequest r) {
        HotelPackage p = editable(HotelPackage.class, ownerId, id);
        p.requireVersion(expectedVersion);
        Property property = providers.property(p.propertyId());
        LocalDate today = LocalDate.now(clock.withZone(property.timeZone()));
        inventory.setHotelNights(p.id(), r.from(), r.to(), r.units(), today);
        return PackageViews.withNights(views.hotel(p, property), inventory.hotelNights(p.id(), r.from(), r.to()));
    }

    @Transactional
    public TourPackageView addDeparture(UUID ownerId, UUID id, DepartureRequest r) {
        TourPackage p = editable(TourPackage.class, ownerId, id);
        inventory.setDeparture(p.id(), r.date(), r.seats(), LocalDate.now(clock.withZone(p.timeZone())));
        return views.tour(p, providers.ownProvider(ownerId));
    }

    /** Appends the caller's stored PACKAGE_IMAGE to its own package. */
    @Transactional
    public HotelPackageView addHotelImage(UUID ownerId, UUID id, UUID fileId) {
        HotelPackage p = editable(HotelPackage.class, ownerId, id);
        addImage(ownerId, p, fileId);
        return views.hotel(p, providers.property(p.propertyId()));
    }

    @Transactional
    public TourPackageView addTourImage(UUID ownerId, UUID id, UUID fileId) {
        TourPackage p = editable(TourPackage.class, ownerId, id);
        addImage(ownerId, p, fileId);
        return views.tour(p, providers.ownProvider(ownerId));
    }

    private void addImage(UUID ownerId, CatalogPackage p, UUID fileId) {
        gallery.add(PackageViews.galleryOf(p), p.id(), ownerId, fileId);
    }

    private <T extends CatalogPackage> T editable(Class<T> type, UUID ownerId, UUID id) {
        T p = packages.ownedForUpdate(type, ownerId, id);
        p.requireEditable();
        return p;
    }

    public HotelPackageView ownHotel(UUID ownerId, UUID id) {
        HotelPackage p = packages.owned(HotelPackage.class, ownerId, id);
        return views.hotel(p, providers.property(p.propertyId()));
    }

    public TourPackageView ownTour(UUID ownerId, UUID id) {
        return views.tour(packages.owned(TourPackage.class, ownerId, id), providers.ownProvider(ownerId));
    }
}
