package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.PolicyDto;
import com.tripavail.catalog.CatalogDtos.PropertySummary;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import com.tripavail.inventory.DepartureAvailability;
import com.tripavail.inventory.NightAvailability;
import com.tripavail.media.GalleryOwner;
import com.tripavail.media.ImageGallery;
import com.tripavail.provider.Property;
import com.tripavail.provider.Provider;
import com.tripavail.provider.ProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** One package entity as its API view, with its gallery's signed image URLs. */
@ApplicationScoped
public class PackageViews {
    @Inject
    ImageGallery gallery;

    @Inject
    ProviderService providers;

    static GalleryOwner galleryOf(CatalogPackage p) {
        return p instanceof HotelPackage ? GalleryOwner.HOTEL_PACKAGE : GalleryOwner.TOUR_PACKAGE;
    }

    /** A hotel package with its own property looked up. */
    HotelPackageView hotelOf(HotelPackage p) {
        return hotel(p, providers.property(p.propertyId()));
    }

    /** A tour package with its own provider looked up. */
    TourPackageView tourOf(TourPackage p) {
        return tour(p, providers.providerById(p.providerId()));
    }

    public HotelPackageView hotel(HotelPackage p, Property property) {
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

    public TourPackageView tour(TourPackage p, Provider provider) {
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

    static HotelPackageView withNights(HotelPackageView v, List<NightAvailability> nights) {
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

    static TourPackageView withDepartures(TourPackageView v, List<DepartureAvailability> departures) {
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
                departures,
                v.images());
    }
}
