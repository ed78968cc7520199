package com.tripavail.catalog;

import com.tripavail.catalog.CatalogDtos.HotelPackageView;
import com.tripavail.catalog.CatalogDtos.TourPackageView;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What differs between hotel and tour packages where the catalog handles them alike, as data: the
 * entity, where its owner reads the draft, the property the publishing gate checks (hotels only) and
 * the API view.
 */
record PackageKind<P extends CatalogPackage, V>(
        Class<P> type,
        String path,
        Function<P, Long> propertyId,
        BiFunction<PackageViews, P, V> view,
        Function<V, String> idOf) {

    static final PackageKind<HotelPackage, HotelPackageView> HOTEL = new PackageKind<>(
            HotelPackage.class,
            "/v1/hotel-packages/",
            HotelPackage::propertyId,
            PackageViews::hotelOf,
            HotelPackageView::id);

    static final PackageKind<TourPackage, TourPackageView> TOUR = new PackageKind<>(
            TourPackage.class, "/v1/tour-packages/", p -> null, PackageViews::tourOf, TourPackageView::id);

    V viewOf(PackageViews views, P p) {
        return view.apply(views, p);
    }
}
