package com.tripavail.catalog;

import com.tripavail.media.MediaService;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;

/**
 * The ordered images of packages, shown as signed download URLs. A listing page asks for the
 * images of all its packages in one statement, never one per package.
 */
@ApplicationScoped
public class PackageImages {
    static final int MAX_IMAGES = 20;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    MediaService media;

    /** Appends an image; the caller holds the package's row lock, which serialises positions. */
    void add(CatalogPackage p, UUID fileId, Instant now) {
        List<UUID> existing = fileIds(column(p), List.of(p.id())).getOrDefault(p.id(), List.of());
        if (existing.contains(fileId)) {
            throw DomainException.conflict("image_already_added", "This image is already on the package");
        }
        if (existing.size() >= MAX_IMAGES) {
            throw DomainException.conflict("too_many_images", "A package has at most " + MAX_IMAGES + " images");
        }
        em.persist(new PackageImage(p, fileId, existing.size() + 1, now));
    }

    List<String> urlsOf(CatalogPackage p) {
        return urls(column(p), List.of(p.id())).getOrDefault(p.id(), List.of());
    }

    Map<Long, List<String>> hotelUrls(Collection<Long> packageIds) {
        return urls("hotel_package_id", packageIds);
    }

    Map<Long, List<String>> tourUrls(Collection<Long> packageIds) {
        return urls("tour_package_id", packageIds);
    }

    private Map<Long, List<String>> urls(String column, Collection<Long> packageIds) {
        Map<Long, List<String>> urls = new LinkedHashMap<>();
        fileIds(column, packageIds).forEach((id, files) ->
                urls.put(id, files.stream().map(f -> media.downloadUrl(f).url()).toList()));
        return urls;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<UUID>> fileIds(String column, Collection<Long> packageIds) {
        if (packageIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(packageIds.size(), "?"));
        Query query = em.createNativeQuery("SELECT " + column + ", file_id FROM package_images WHERE " + column
                + " IN (" + marks + ") ORDER BY " + column + ", position");
        int i = 1;
        for (Long id : packageIds) {
            query.setParameter(i++, id);
        }
        Map<Long, List<UUID>> files = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            UUID file = row[1] instanceof UUID u ? u : UUID.fromString(row[1].toString());
            files.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(file);
        }
        return files;
    }

    private static String column(CatalogPackage p) {
        return p instanceof HotelPackage ? "hotel_package_id" : "tour_package_id";
    }
}
