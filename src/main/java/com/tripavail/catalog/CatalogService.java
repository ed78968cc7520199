package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.CreateHotelPackage;
import com.tripavail.catalog.CatalogDtos.CreateTourPackage;
import com.tripavail.catalog.CatalogDtos.DepartureRequest;
import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.InventoryRequest;
import com.tripavail.catalog.CatalogDtos.PatchHotelPackage;
import com.tripavail.catalog.CatalogDtos.PatchTourPackage;
import com.tripavail.catalog.CatalogDtos.PolicyDto;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
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
        return edit(PackageKind.HOTEL, ownerId, id, expectedVersion, r.cancellationPolicy(), (p, now) -> {
            p.describe(r.title(), r.description(), r.inclusions(), now);
            p.reprice(r.price(), now);
            p.resize(r.nights(), r.maxGuests(), now);
        });
    }

    @Transactional
    public TourPackageView patchTour(UUID ownerId, UUID id, Long expectedVersion, PatchTourPackage r) {
        return edit(PackageKind.TOUR, ownerId, id, expectedVersion, r.cancellationPolicy(), (p, now) -> {
            p.describe(r.title(), r.description(), r.inclusions(), now);
            p.reprice(r.pricePerPerson(), now);
            p.reshape(
                    r.destination(),
                    r.country(),
                    r.timeZone() == null ? null : TimeZones.parse("timeZone", r.timeZone()),
                    r.durationDays(),
                    r.maxGroupSize(),
                    now);
        });
    }

    /** An edit of an editable package at the expected version: the kind's own changes, then the policy. */
    private <P extends CatalogPackage, V> V edit(
            PackageKind<P, V> kind,
            UUID ownerId,
            UUID id,
            Long expectedVersion,
            PolicyDto policy,
            BiConsumer<P, Instant> changes) {
        P p = editable(kind.type(), ownerId, id);
        p.requireVersion(expectedVersion);
        var now = clock.instant();
        changes.accept(p, now);
        p.changePolicy(policy == null ? null : policy.toPolicy(), now);
        em.flush();
        return kind.viewOf(views, p);
    }

    public enum Action {
        PUBLISH,
        UNPUBLISH,
        ARCHIVE
    }

    @Transactional
    public <P extends CatalogPackage, V> V change(PackageKind<P, V> kind, UUID ownerId, UUID id, Action action) {
        P p = packages.ownedForUpdate(kind.type(), ownerId, id);
        var now = clock.instant();
        switch (action) {
            case PUBLISH -> {
                providers.requirePublishable(p.providerId(), kind.propertyId().apply(p));
                p.publish(now);
            }
            case UNPUBLISH -> p.unpublish(now);
            case ARCHIVE -> p.archive(now);
        }
        em.flush();
        return kind.viewOf(views, p);
    }

    /** Suspension hides every offer of the provider at once, in the suspending transaction. */
    void onProviderSuspended(@Observes ProviderSuspended event) {
        int hotels = unpublishAll(PackageKind.HOTEL, event.providerId());
        int tours = unpublishAll(PackageKind.TOUR, event.providerId());
        LOG.info(() -> "Provider " + event.providerId() + " suspended: unpublished " + hotels + " hotel and " + tours
                + " tour packages");
    }

    private int unpublishAll(PackageKind<?, ?> kind, long providerId) {
        return em.createQuery("UPDATE " + kind.type().getSimpleName()
                        + " p SET p.status = :un WHERE p.providerId = :provider AND p.status = :pub")
                .setParameter("un", PackageStatus.UNPUBLISHED)
                .setParameter("pub", PackageStatus.PUBLISHED)
                .setParameter("provider", providerId)
                .executeUpdate();
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
    public <P extends CatalogPackage, V> V addImage(PackageKind<P, V> kind, UUID ownerId, UUID id, UUID fileId) {
        P p = editable(kind.type(), ownerId, id);
        gallery.add(PackageViews.galleryOf(p), p.id(), ownerId, fileId);
        return kind.viewOf(views, p);
    }

    private <T extends CatalogPackage> T editable(Class<T> type, UUID ownerId, UUID id) {
        T p = packages.ownedForUpdate(type, ownerId, id);
        p.requireEditable();
        return p;
    }

    public <P extends CatalogPackage, V> V own(PackageKind<P, V> kind, UUID ownerId, UUID id) {
        return kind.viewOf(views, packages.owned(kind.type(), ownerId, id));
    }
}
