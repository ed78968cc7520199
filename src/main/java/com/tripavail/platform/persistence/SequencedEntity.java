package com.tripavail.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * The internal sequence id of a record that has no public id and no update timestamps (events, log
 * entries, tokens): preallocated 50 at a time from {@code tripavail_id_seq}, never IDENTITY, like
 * {@link PublicEntity}'s.
 */
@MappedSuperclass
public abstract class SequencedEntity {
    @Id
    @SequenceGenerator(name = "tripavail_id", sequenceName = "tripavail_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tripavail_id")
    private Long id;

    public Long id() {
        return id;
    }
}
