package com.tripavail.media;

import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ordered images of packages and properties, shown as signed download URLs. A page of owners
 * asks for all their images in one statement, never one per owner.
 */
@ApplicationScoped
public class ImageGallery {
    static final int MAX_IMAGES = 20;

    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    MediaService media;

    Clock clock = Clock.systemUTC();

    /**
     * Appends one of the caller's own stored uploads of the owner's purpose. The caller holds the
     * owner's row lock, which serialises positions; the unique constraints back it up.
     */
    public void add(GalleryOwner owner, long ownerId, UUID callerId, UUID fileId) {
        media.requireStored(callerId, fileId, owner.purpose());
        List<UUID> existing = fileIds(owner, List.of(ownerId)).getOrDefault(ownerId, List.of());
        if (existing.contains(fileId)) {
            throw DomainException.conflict("image_already_added", "This image is already in the gallery");
        }
        if (existing.size() >= MAX_IMAGES) {
            throw DomainException.conflict("too_many_images", "A gallery holds at most " + MAX_IMAGES + " images");
        }
        em.persist(new GalleryImage(owner, ownerId, fileId, existing.size() + 1, clock.instant()));
        em.flush();
    }

    public List<String> urlsOf(GalleryOwner owner, long ownerId) {
        return urls(owner, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /** Signed URLs of every owner's images, in order, from one statement. */
    public Map<Long, List<String>> urls(GalleryOwner owner, Collection<Long> ownerIds) {
        Map<Long, List<String>> urls = new LinkedHashMap<>();
        fileIds(owner, ownerIds)
                .forEach((id, files) -> urls.put(
                        id, files.stream().map(f -> media.downloadUrl(f).url()).toList()));
        return urls;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<UUID>> fileIds(GalleryOwner owner, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        String column = owner.column();
        String marks = String.join(", ", Collections.nCopies(ownerIds.size(), "?"));
        Query query = em.createNativeQuery("SELECT " + column + ", file_id FROM gallery_images WHERE " + column
                + " IN (" + marks + ") ORDER BY " + column + ", position");
        int i = 1;
        for (Long id : ownerIds) {
            query.setParameter(i++, id);
        }
        Map<Long, List<UUID>> files = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            UUID file = row[1] instanceof UUID u ? u : UUID.fromString(row[1].toString());
            files.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(file);
        }
        return files;
    }
}
