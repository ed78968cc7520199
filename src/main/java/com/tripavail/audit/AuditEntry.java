package com.tripavail.audit;

import com.tripavail.platform.persistence.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One audited action. Immutable once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends SequencedEntity {
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String details;

    protected AuditEntry() {
        // JPA
    }

    AuditEntry(
            Instant occurredAt,
            String actorId,
            String action,
            String targetType,
            String targetId,
            String reason,
            String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorId = actorId;
        this.action = Objects.requireNonNull(action);
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.details = details;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }
}
