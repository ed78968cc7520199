package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import com.tripavail.inventory.InventoryService;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.provider.Property;
import com.tripavail.provider.Provider;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Single packages as travelers and the booking engine see them: published, of an approved provider
 * and, for hotels, an approved property. Anything else is 404, never a hint that it exists.
 */
@ApplicationScoped
public class PublicCatalog {
    @Inject
    Packages packages;

    @Inject
    ProviderService providers;

    @Inject
    InventoryService inventory;

    @Inject
    PackageViews views;

    Clock clock = Clock.systemUTC();

    private record VisibleHotel(HotelPackage p, Property property) {}

    private record VisibleTour(TourPackage p, Provider provider) {}

    /** Detail, with per-night availability when both dates are given. */
    public HotelPackageView hotel(UUID id, LocalDate from, LocalDate to) {
        VisibleHotel v = visibleHotel(id);
        HotelPackageView view = views.hotel(v.p(), v.property());
        if (from == null || to == null) {
            return view;
        }
        return PackageViews.withNights(view, inventory.hotelNights(v.p().id(), from, to));
    }

    /** Detail with departures, by default from today where the tour starts. */
    public TourPackageView tour(UUID id, LocalDate from, LocalDate to) {
        VisibleTour v = visibleTour(id);
        LocalDate start = from == null ? LocalDate.now(clock.withZone(v.p().timeZone())) : from;
        LocalDate end = to == null ? start.plusDays(InventoryService.MAX_RANGE_NIGHTS) : to;
        return PackageViews.withDepartures(
                views.tour(v.p(), v.provider()), inventory.departures(v.p().id(), start, end));
    }

    /** A visible package as booking needs it: internal ids, price per unit, capacity, zone, policy. */
    public Bookable bookable(String type, UUID id) {
        boolean hotel = "HOTEL".equals(type);
        return packages.bookable(hotel, id)
                .orElseThrow(() -> DomainException.notFound(hotel ? "Hotel package" : "Tour package"));
    }

    /** A package's title, whatever its state now (a notice about an older booking names it too). */
    public String titleOf(String type, UUID id) {
        return "HOTEL".equals(type)
                ? packages.find(HotelPackage.class, id).title()
                : packages.find(TourPackage.class, id).title();
    }

    /**
     * Whether a new quote for the package would be given now (published, its provider and, for a
     * hotel, its property approved). Hold, confirm and the payment's settlement ask again, so a
     * booking never outlives the package's sale.
     */
    public boolean isSellable(String type, UUID id) {
        return packages.sellable("HOTEL".equals(type), id);
    }

    private VisibleHotel visibleHotel(UUID id) {
        return sellableHotel(id).orElseThrow(() -> DomainException.notFound("Hotel package"));
    }

    private VisibleTour visibleTour(UUID id) {
        return sellableTour(id).orElseThrow(() -> DomainException.notFound("Tour package"));
    }

    /** {@link SellableSql}'s rule on the entities the detail page shows. */
    private Optional<VisibleHotel> sellableHotel(UUID id) {
        HotelPackage p = packages.find(HotelPackage.class, id);
        Property property = providers.property(p.propertyId());
        return p.isPublished() && property.isApproved() && property.provider().isApproved()
                ? Optional.of(new VisibleHotel(p, property))
                : Optional.empty();
    }

    private Optional<VisibleTour> sellableTour(UUID id) {
        TourPackage p = packages.find(TourPackage.class, id);
        Provider provider = providers.providerById(p.providerId());
        return p.isPublished() && provider.isApproved() ? Optional.of(new VisibleTour(p, provider)) : Optional.empty();
    }
}
