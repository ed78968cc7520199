package com.tripavail.provider;

import com.tripavail.audit.AuditService;
import com.tripavail.media.MediaService;
import com.tripavail.media.UploadPurpose;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.provider.DocumentDtos.AddDocument;
import com.tripavail.provider.DocumentDtos.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Providers file verification documents; administrators read them (signed download URLs) in review. */
@ApplicationScoped
public class ProviderDocumentService {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    ProviderRepository repository;

    @Inject
    MediaService media;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public DocumentView add(UUID ownerId, AddDocument request) {
        Provider provider = providers.ownProvider(ownerId);
        media.requireStored(ownerId, request.fileId(), UploadPurpose.VERIFICATION_DOCUMENT);
        boolean used = !em.createQuery("SELECT d.id FROM ProviderDocument d WHERE d.fileId = :file")
                .setParameter("file", request.fileId())
                .getResultList()
                .isEmpty();
        if (used) {
            throw DomainException.conflict("document_file_in_use", "This file is already filed as a document");
        }
        ProviderDocument document = new ProviderDocument(
                provider,
                request.type(),
                request.fileId(),
                request.expiresOn(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                clock.instant());
        em.persist(document);
        audit.record(
                ownerId.toString(),
                "provider.document_added",
                "provider",
                provider.publicId().toString(),
                null,
                Map.of(
                        "type",
                        document.type().name(),
                        "expiresOn",
                        document.expiresOn().toString()));
        return view(document);
    }

    public List<DocumentView> mine(UUID ownerId) {
        return of(providers.ownProvider(ownerId));
    }

    public List<DocumentView> ofProvider(UUID providerId) {
        return of(repository.byPublicId(providerId));
    }

    private List<DocumentView> of(Provider provider) {
        return em.createQuery(
                        "SELECT d FROM ProviderDocument d WHERE d.providerId = :provider"
                                + " ORDER BY d.type, d.expiresOn DESC",
                        ProviderDocument.class)
                .setParameter("provider", provider.id())
                .getResultStream()
                .map(this::view)
                .toList();
    }

    private DocumentView view(ProviderDocument d) {
        return DocumentView.of(d, media.downloadUrl(d.fileId()));
    }
}
