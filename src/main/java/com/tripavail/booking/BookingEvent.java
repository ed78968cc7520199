package com.tripavail.booking;

import com.tripavail.platform.persistence.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of a booking: append only. */
@Entity
@Table(name = "booking_events")
public class BookingEvent extends SequencedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id", nullable = false, updatable = false)
    private Booking booking;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private BookingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private BookingStatus to;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    protected BookingEvent() {
        // JPA
    }

    BookingEvent(Booking booking, BookingStatus from, BookingStatus to, Instant at, String actor, String reason) {
        this.booking = booking;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    public BookingStatus from() {
        return from;
    }

    public BookingStatus to() {
        return to;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
