package com.tripavail.payment;

import com.tripavail.platform.persistence.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One received webhook event, stored before it is processed; unique per (gateway, event id). */
@Entity
@Table(name = "webhook_events")
public class WebhookEvent extends SequencedEntity {
    public enum Status {
        RECEIVED,
        PROCESSED,
        FAILED
    }

    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId;

    @Column(nullable = false, updatable = false)
    private String gateway;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column
    private String error;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected WebhookEvent() {
        // JPA
    }

    public void processed(Instant now) {
        this.status = Status.PROCESSED;
        this.error = null;
        this.attempts++;
        this.processedAt = now;
    }

    public void failed(String error, Instant now) {
        this.status = Status.FAILED;
        this.error = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        this.attempts++;
        this.processedAt = now;
    }

    public UUID publicId() {
        return publicId;
    }

    public String gateway() {
        return gateway;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    public int attempts() {
        return attempts;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
