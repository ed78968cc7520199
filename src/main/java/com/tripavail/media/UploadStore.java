package com.tripavail.media;

import com.tripavail.platform.persistence.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;

/** Upload rows, and the one transaction that turns a checked temp file into a stored file. */
@ApplicationScoped
public class UploadStore {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Transactional
    public Upload add(Upload upload) {
        em.persist(upload);
        return upload;
    }

    public Upload byPublicId(UUID id) {
        return Lookup.byPublicId(em, Upload.class, id, "File");
    }

    /**
     * Under a row lock: only one of two racing uploads of the same file wins; the winner moves its
     * temp file into place before the row says STORED, so a STORED row always has its bytes.
     */
    @Transactional
    public Upload markStored(UUID id, Path temp, Path target, String sha256, Instant now) {
        Upload upload = byPublicId(id);
        em.lock(upload, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(upload);
        upload.stored(sha256, now);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return upload;
    }
}
