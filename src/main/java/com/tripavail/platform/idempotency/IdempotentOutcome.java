package com.tripavail.platform.idempotency;

import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.Problem;
import com.tripavail.platform.web.RequestIds;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;

/**
 * The current request's Idempotency-Key claim (set by {@link IdempotencyFilter}) and the answer a
 * service records for it inside the transaction of its effect: a retry after Redis lost the key
 * then replays this answer from PostgreSQL instead of redoing (or refusing) the request. Without
 * a claim (no key, anonymous, another thread) recording does nothing.
 */
@RequestScoped
public class IdempotentOutcome {
    @Inject
    DurableResponses responses;

    @Inject
    Jsonb jsonb;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private IdempotencyStore.Claim claim;
    private String path;
    private boolean recorded;
    private boolean lostRace;

    void begin(IdempotencyStore.Claim claim, String path) {
        this.claim = claim;
        this.path = path;
    }

    boolean recorded() {
        return recorded;
    }

    /** Another request with the key committed its answer first: this one's refusal must not be remembered. */
    boolean lostRace() {
        return lostRace;
    }

    /** The effect's answer, JSON as the client will get it; in the effect's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(int status, Object entity) {
        save(status, "application/json", entity == null ? new byte[0] : bytes(entity));
    }

    /** The effect's answer is a problem (e.g. 402 payment_declined after the decline committed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordProblem(DomainException e) {
        Problem p = Problem.of(e.status(), e.code(), e.getMessage(), path, RequestIds.current(), e.fieldErrors());
        save(e.status(), Problem.MEDIA_TYPE, bytes(p));
    }

    private void save(int status, String mediaType, byte[] body) {
        if (claim == null || recorded) {
            return;
        }
        if (!responses.saveWithEffect(claim, status, mediaType, body)) {
            lostRace = true;
            throw DomainException.conflict(
                    "idempotency_in_progress",
                    "Another request with this " + IdempotencyFilter.HEADER
                            + " finished first; retry to get its answer");
        }
        recorded = true;
        // an answer recorded before the effect's last step (a hold records its answer before it takes
        // the nights' row locks) vanishes if that step refuses: then the refusal is what gets stored
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    recorded = false;
                }
            }
        });
    }

    private byte[] bytes(Object entity) {
        return jsonb.toJson(entity).getBytes(StandardCharsets.UTF_8);
    }
}
