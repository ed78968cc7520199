package com.tripavail.platform.idempotency;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Final answers of idempotent requests in PostgreSQL ({@code idempotency_responses}), the durable
 * copy behind Redis: written in the transaction of the request's effect where it has one (so the
 * effect and its answer commit or vanish together), otherwise right after the answer.
 */
@ApplicationScoped
public class DurableResponses {
    @PersistenceContext(unitName = "tripavail")
    EntityManager em;

    private long retentionSeconds;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void read() {
        retentionSeconds = IdempotencyStore.retentionSeconds();
    }

    /** A stored final answer. */
    public record Stored(String fingerprint, int status, String mediaType, byte[] body) {}

    /**
     * Before the request's own transaction, in one of its own: outside a transaction Liberty's local
     * transaction containment keeps the (shareable) connection until the request ends, so a request
     * held two connections once its effect began, and a full pool waited on itself (issue 15,
     * PoolDuringGatewayWaitIT). A transaction hands the connection back at its commit.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Stored> find(IdempotencyStore.Claim claim) {
        List<?> rows = em.createNativeQuery("SELECT fingerprint, status, media_type, body FROM idempotency_responses"
                        + " WHERE user_id = ?1 AND key_hash = ?2 AND created_at > ?3")
                .setParameter(1, claim.userId())
                .setParameter(2, claim.keyHash())
                .setParameter(3, Timestamp.from(clock.instant().minusSeconds(retentionSeconds)))
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Stored(String.valueOf(r[0]), ((Number) r[1]).intValue(), (String) r[2], (byte[]) r[3]);
        });
    }

    /**
     * Inside the effect's transaction. False when the key already has an answer: another request
     * with the same key committed first (Redis was lost), and the caller must roll back its effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean saveWithEffect(IdempotencyStore.Claim claim, int status, String mediaType, byte[] body) {
        return insert(claim, status, mediaType, body) == 1;
    }

    /** After the answer, for requests without a transactional effect of their own (4xx refusals, other POSTs). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAfter(IdempotencyStore.Claim claim, int status, String mediaType, byte[] body) {
        insert(claim, status, mediaType, body);
        if (Math.floorMod(claim.keyHash().hashCode(), 100) == 0) {
            // now and then, forget answers past the retention (there is no job for so small a chore)
            em.createNativeQuery("DELETE FROM idempotency_responses WHERE created_at < ?1")
                    .setParameter(1, Timestamp.from(clock.instant().minusSeconds(retentionSeconds)))
                    .executeUpdate();
        }
    }

    private int insert(IdempotencyStore.Claim claim, int status, String mediaType, byte[] body) {
        Instant now = clock.instant();
        // an answer older than the retention gives way: the key may be used afresh
        return em.createNativeQuery("INSERT INTO idempotency_responses (user_id, key_hash, fingerprint, status,"
                        + " media_type, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT (user_id, key_hash) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,"
                        + " status = EXCLUDED.status, media_type = EXCLUDED.media_type, body = EXCLUDED.body,"
                        + " created_at = EXCLUDED.created_at WHERE idempotency_responses.created_at < ?8")
                .setParameter(1, claim.userId())
                .setParameter(2, claim.keyHash())
                .setParameter(3, claim.fingerprint())
                .setParameter(4, status)
                .setParameter(5, mediaType)
                .setParameter(6, body == null ? new byte[0] : body)
                .setParameter(7, Timestamp.from(now))
                .setParameter(8, Timestamp.from(now.minusSeconds(retentionSeconds)))
                .executeUpdate();
    }
}
