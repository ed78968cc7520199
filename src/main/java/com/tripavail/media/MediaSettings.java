package com.tripavail.media;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
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

/**
 * Storage location, URL signing key and limits. Outside production, a missing
 * {@code STORAGE_SIGNING_KEY} is generated once into the work directory so URLs survive restarts.
 */
@ApplicationScoped
public class MediaSettings implements Settings {
    @Inject
    AppConfig app;

    private Optional<String> storageDir;
    private Optional<String> workDir;
    private Optional<String> signingKey;
    private String urlTtl;
    private long maxImageBytes;
    private long maxDocumentBytes;

    @PostConstruct
    void read() {
        storageDir = Setting.optional("STORAGE_DIR");
        workDir = Setting.optional("TRIPAVAIL_WORK_DIR");
        signingKey = Setting.optional("STORAGE_SIGNING_KEY");
        urlTtl = Setting.raw("UPLOAD_URL_TTL", "PT15M");
        maxImageBytes = Setting.value("UPLOAD_MAX_IMAGE_BYTES", Long.class, 5_242_880L);
        maxDocumentBytes = Setting.value("UPLOAD_MAX_DOCUMENT_BYTES", Long.class, 10_485_760L);
    }

    private volatile UrlSigner signer;

    public Path storageDir() {
        Path dir = storageDir.map(Path::of).orElseGet(() -> base().resolve("storage"));
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
        return workDir.map(Path::of).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "tripavail"));
    }
}
