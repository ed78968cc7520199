package com.tripavail.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One audited action. Immutable once written. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

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

    public Long id() {
        return id;
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
