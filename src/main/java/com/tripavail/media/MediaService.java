package com.tripavail.media;

import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploads through signed, expiring URLs: the declared type and size are checked against the bytes
 * that actually arrive (magic bytes, exact length, the purpose's limit) before anything is kept.
 */
@ApplicationScoped
public class MediaService {
    static final String UPLOAD = "upload";
    static final String DOWNLOAD = "download";

    @Inject
    MediaSettings settings;

    @Inject
    UploadStore store;

    Clock clock = Clock.systemUTC();

    public record SignedUrl(String url, Instant expiresAt) {}

    public record UploadTicket(String fileId, String uploadUrl, Instant expiresAt) {}

    public record FileView(
            String fileId,
            UploadPurpose purpose,
            String contentType,
            long sizeBytes,
            Upload.Status status,
            String sha256,
            String downloadUrl,
            Instant downloadExpiresAt) {}

    public UploadTicket open(UUID ownerId, UploadPurpose purpose, String contentType, long sizeBytes) {
        ContentType type = ContentType.fromMediaType(contentType)
                .orElseThrow(() -> DomainException.invalidField(
                        "contentType", "must be image/jpeg, image/png, image/webp or application/pdf"));
        if (!purpose.allows(type)) {
            throw DomainException.invalidField("contentType", "is not accepted for " + purpose);
        }
        if (sizeBytes > settings.maxBytes(purpose)) {
            throw DomainException.invalidField(
                    "sizeBytes", "must be at most " + settings.maxBytes(purpose) + " bytes for " + purpose);
        }
        Upload upload = store.add(new Upload(ownerId, purpose, type, sizeBytes, clock.instant()));
        SignedUrl url = signed(
                UPLOAD,
                upload.publicId(),
                "/v1/uploads/" + upload.publicId() + "/content",
                clock.instant().plus(settings.urlTtl()).getEpochSecond());
        return new UploadTicket(upload.publicId().toString(), url.url(), url.expiresAt());
    }

    /** Streams the body to a temp file, checks it, and only then keeps it. Nothing is left behind on refusal. */
    public FileView receive(UUID fileId, long expires, String signature, InputStream body) {
        requireSignature(UPLOAD, fileId, expires, signature);
        Upload upload = store.byPublicId(fileId);
        if (upload.status() != Upload.Status.PENDING) {
            throw DomainException.conflict("upload_already_stored", "This file was already uploaded");
        }
        Path dir = settings.storageDir();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "incoming-", ".part");
            String sha256 = copyChecked(upload, body, temp);
            Upload stored = store.markStored(fileId, temp, fileOf(upload), sha256, clock.instant());
            temp = null;
            return view(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    public FileView describe(UUID requesterId, UUID fileId) {
        Upload upload = store.byPublicId(fileId);
        if (!upload.isOwnedBy(requesterId)) {
            throw DomainException.notFound("File");
        }
        return view(upload);
    }

    public record Download(Path path, ContentType type, long size, String name) {}

    public Download download(UUID fileId, long expires, String signature) {
        requireSignature(DOWNLOAD, fileId, expires, signature);
        Upload upload = store.byPublicId(fileId);
        if (upload.status() != Upload.Status.STORED) {
            throw DomainException.notFound("File");
        }
        return new Download(
                fileOf(upload),
                upload.type(),
                upload.sizeBytes(),
                upload.publicId() + "." + upload.type().extension());
    }

    /**
     * A signed download URL, for whoever is allowed to see the file. Its expiry is rounded to a
     * time bucket, so the same file has the same URL for a while and browsers and caches can reuse it.
     */
    public SignedUrl downloadUrl(UUID fileId) {
        return signed(DOWNLOAD, fileId, "/v1/files/" + fileId, bucketedExpiry(clock.instant(), settings.urlTtl()));
    }

    /** More than {@code ttl} and at most twice {@code ttl} from now, the same for everyone within a bucket. */
    static long bucketedExpiry(Instant now, java.time.Duration ttl) {
        long seconds = Math.max(1, ttl.getSeconds());
        return Math.floorDiv(now.getEpochSecond(), seconds) * seconds + 2 * seconds;
    }

    /**
     * For capabilities attaching a file (package images, provider documents): the caller's own
     * STORED upload of that purpose. Someone else's or unknown: 404; not uploaded yet or uploaded
     * for another purpose: 409.
     */
    public Upload requireStored(UUID callerId, UUID fileId, UploadPurpose purpose) {
        Upload upload = store.byPublicId(fileId);
        if (!upload.isOwnedBy(callerId)) {
            throw DomainException.notFound("File");
        }
        if (upload.status() != Upload.Status.STORED) {
            throw DomainException.conflict("upload_not_stored", "The file's content has not been uploaded yet");
        }
        if (upload.purpose() != purpose) {
            throw DomainException.conflict(
                    "wrong_upload_purpose", "The file was uploaded as " + upload.purpose() + ", not " + purpose);
        }
        return upload;
    }

    private FileView view(Upload u) {
        SignedUrl download = u.status() == Upload.Status.STORED ? downloadUrl(u.publicId()) : null;
        return new FileView(
                u.publicId().toString(),
                u.purpose(),
                u.type().mediaType(),
                u.sizeBytes(),
                u.status(),
                u.sha256(),
                download == null ? null : download.url(),
                download == null ? null : download.expiresAt());
    }

    private String copyChecked(Upload upload, InputStream body, Path temp) throws IOException {
        long limit = upload.sizeBytes();
        MessageDigest sha = sha256();
        byte[] head = new byte[ContentType.SNIFF_BYTES];
        int headLength = 0;
        long total = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(temp)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new DomainException(
                            413, "upload_too_large", "The body is larger than the declared " + limit + " bytes");
                }
                int copy = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, Math.max(copy, 0));
                headLength += Math.max(copy, 0);
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (total != limit) {
            throw DomainException.badRequest("upload_size_mismatch", "Received " + total + " bytes, declared " + limit);
        }
        ContentType actual = ContentType.sniff(head, headLength).orElse(null);
        if (actual != upload.type()) {
            throw new DomainException(
                    415,
                    "content_mismatch",
                    "The content is not " + upload.type().mediaType());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void requireSignature(String action, UUID fileId, long expires, String signature) {
        switch (settings.signer().verify(action, fileId.toString(), expires, signature, clock.instant())) {
            case VALID -> {}
            case EXPIRED -> throw DomainException.forbidden("signature_expired", "This link has expired");
            case INVALID -> throw DomainException.forbidden("signature_invalid", "This link is not valid");
        }
    }

    private SignedUrl signed(String action, UUID fileId, String path, long expires) {
        String signature = settings.signer().sign(action, fileId.toString(), expires);
        return new SignedUrl(path + "?expires=" + expires + "&signature=" + signature, Instant.ofEpochSecond(expires));
    }

    private Path fileOf(Upload upload) {
        return settings.storageDir()
                .resolve(upload.publicId() + "." + upload.type().extension());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temp file is harmless and named .part
            }
        }
    }
}
