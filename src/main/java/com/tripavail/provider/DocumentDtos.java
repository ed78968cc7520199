package com.tripavail.provider;

import com.tripavail.media.MediaService.SignedUrl;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Wire shapes of verification documents and of the expiry job. */
public final class DocumentDtos {
    private DocumentDtos() {}

    public record AddDocument(
            @NotNull DocumentType type,
            @NotNull UUID fileId,
            @NotNull LocalDate expiresOn) {}

    public record DocumentView(
            String id,
            DocumentType type,
            String fileId,
            LocalDate expiresOn,
            Instant createdAt,
            Instant warnedAt,
            String downloadUrl,
            Instant downloadExpiresAt) {
        static DocumentView of(ProviderDocument d, SignedUrl link) {
            return new DocumentView(
                    d.publicId().toString(),
                    d.type(),
                    d.fileId().toString(),
                    d.expiresOn(),
                    d.createdAt(),
                    d.warnedAt(),
                    link.url(),
                    link.expiresAt());
        }
    }

    public record ExpiryRun(int warned, int suspended) {}
}
