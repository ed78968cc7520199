package com.tripavail.platform.idempotency;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Redis records per user + key: {@code P|fingerprint} while the first request runs (set with NX and
 * its own expiry, so a crashed request frees the key), then {@code D|fingerprint|status|type|body}
 * for the retention period. Redis errors propagate: the filter then lets the request through and
 * the database's unique constraints are the guarantee.
 */
@ApplicationScoped
public class IdempotencyStore implements Settings {
    @Inject
    JedisPooled redis;

    private long lockSeconds;
    private long retentionSeconds;

    @PostConstruct
    void read() {
        lockSeconds = Setting.value("IDEMPOTENCY_LOCK_SECONDS", Long.class, 60L);
        retentionSeconds = retentionSeconds();
    }

    /** How long a final answer is kept and replayed ({@code IDEMPOTENCY_RETENTION_SECONDS}), here and in PostgreSQL. */
    static long retentionSeconds() {
        return Setting.value("IDEMPOTENCY_RETENTION_SECONDS", Long.class, 86_400L);
    }

    /** A request's hold on its key: who, which key (hashed), what request (fingerprint). */
    public record Claim(String userId, String keyHash, String fingerprint) {
        String redisKey() {
            return "idem:" + userId + ":" + keyHash;
        }
    }

    public sealed interface Decision permits Started, Replay, Mismatch, InProgress {}

    public record Started(Claim claim) implements Decision {}

    public record Replay(int status, String mediaType, byte[] body) implements Decision {}

    public record Mismatch() implements Decision {}

    public record InProgress() implements Decision {}

    public Decision begin(Claim claim) {
        String redisKey = claim.redisKey();
        String fingerprint = claim.fingerprint();
        for (int attempt = 0; attempt < 2; attempt++) {
            if ("OK"
                    .equals(redis.set(
                            redisKey,
                            "P|" + fingerprint,
                            SetParams.setParams().nx().ex(lockSeconds)))) {
                return new Started(claim);
            }
            String stored = redis.get(redisKey);
            if (stored != null) {
                return decide(stored, fingerprint);
            }
            // expired between SET and GET: try once more
        }
        return new InProgress();
    }

    private static Decision decide(String stored, String fingerprint) {
        String[] parts = stored.split("\\|", 5);
        if (!parts[1].equals(fingerprint)) {
            return new Mismatch();
        }
        if (parts[0].equals("P")) {
            return new InProgress();
        }
        return new Replay(
                Integer.parseInt(parts[2]),
                parts[3].isEmpty() ? null : parts[3],
                Base64.getDecoder().decode(parts[4]));
    }

    public void complete(Claim claim, int status, String mediaType, byte[] body) {
        String value = "D|" + claim.fingerprint() + "|" + status + "|" + (mediaType == null ? "" : mediaType) + "|"
                + Base64.getEncoder().encodeToString(body == null ? new byte[0] : body);
        redis.set(claim.redisKey(), value, SetParams.setParams().ex(retentionSeconds));
    }

    /** Frees the key after a server error, so the client may retry with it. */
    public void release(Claim claim) {
        redis.del(claim.redisKey());
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
