package com.tripavail.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures for expiring file URLs, over the action, the file id and the expiry, so a
 * signature for an upload cannot be replayed as a download or for another file or time.
 */
public final class UrlSigner {
    public enum Verdict {
        VALID,
        EXPIRED,
        INVALID
    }

    private final byte[] key;

    public UrlSigner(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the signing key needs at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String sign(String action, String fileId, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((action + "\n" + fileId + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison; an expired URL is reported as such only when its signature is genuine. */
    public Verdict verify(String action, String fileId, long expiresEpochSeconds, String signature, Instant now) {
        if (signature == null) {
            return Verdict.INVALID;
        }
        byte[] expected = sign(action, fileId, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        return now.getEpochSecond() > expiresEpochSeconds ? Verdict.EXPIRED : Verdict.VALID;
    }
}
