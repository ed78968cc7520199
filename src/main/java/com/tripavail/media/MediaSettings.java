package com.tripavail.media;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Storage location, URL signing key and limits. Outside production, a missing
 * {@code STORAGE_SIGNING_KEY} is generated once into the work directory so URLs survive restarts.
 */
@ApplicationScoped
public class MediaSettings {
    @Inject
    AppConfig app;

    @Inject
    @ConfigProperty(name = "STORAGE_DIR")
    Optional<String> storageDir;

    @Inject
    @ConfigProperty(name = "TRIPAVAIL_WORK_DIR")
    Optional<String> workDir;

    @Inject
    @ConfigProperty(name = "STORAGE_SIGNING_KEY")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "UPLOAD_URL_TTL", defaultValue = "PT15M")
    String urlTtl;

    @Inject
    @ConfigProperty(name = "UPLOAD_MAX_IMAGE_BYTES", defaultValue = "5242880")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "UPLOAD_MAX_DOCUMENT_BYTES", defaultValue = "10485760")
    long maxDocumentBytes;

    private volatile UrlSigner signer;

    public Path storageDir() {
        Path dir = storageDir.filter(s -> !s.isBlank()).map(Path::of).orElseGet(() -> base().resolve("storage"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes(UploadPurpose purpose) {
        return purpose.isDocument() ? maxDocumentBytes : maxImageBytes;
    }

    public Duration urlTtl() {
        return Duration.parse(urlTtl);
    }

    public UrlSigner signer() {
        UrlSigner s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new UrlSigner(keyBytes());
                }
                s = signer;
            }
        }
        return s;
    }

    private byte[] keyBytes() {
        Optional<String> configured = Setting.secret("STORAGE_SIGNING_KEY", signingKey, app.environment());
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = base().resolve("storage-signing.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(key));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path base() {
        return workDir.filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "tripavail"));
    }
}
