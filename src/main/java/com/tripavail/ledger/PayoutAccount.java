package com.tripavail.ledger;

import com.tripavail.platform.persistence.TimestampedEntity;
import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where and whether a provider is paid: the gateway's destination token (a bank account the gateway
 * keeps; never raw bank details here), paused after a failed payout until the provider changes the
 * destination, or held by an administrator until released.
 */
@Entity
@Table(name = "payout_accounts")
public class PayoutAccount extends TimestampedEntity {
    private static final Pattern DESTINATION = Pattern.compile("[A-Za-z0-9_]{1,100}");

    @Id
    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "provider_public_id", nullable = false, updatable = false)
    private UUID providerPublicId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String destination;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "hold_reason")
    private String holdReason;

    protected PayoutAccount() {
        // JPA
    }

    public PayoutAccount(long providerId, UUID providerPublicId, UUID ownerId, String destination, Instant now) {
        super(now);
        this.providerId = providerId;
        this.providerPublicId = Objects.requireNonNull(providerPublicId);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.destination = valid(destination);
    }

    /** A new destination; it also ends a pause caused by a failed payout (not an administrator's hold). */
    public void changeDestination(String destination, Instant now) {
        this.destination = valid(destination);
        this.failureReason = null;
        touch(now);
    }

    public void pauseAfterFailure(String reason, Instant now) {
        this.failureReason = Objects.requireNonNull(reason);
        touch(now);
    }

    public void hold(String reason, Instant now) {
        this.holdReason = Objects.requireNonNull(reason);
        touch(now);
    }

    public void release(Instant now) {
        this.holdReason = null;
        touch(now);
    }

    /** Neither paused by a failure nor held: the payout job may schedule for it. */
    public boolean isPayable() {
        return failureReason == null && holdReason == null;
    }

    private static String valid(String destination) {
        if (destination == null || !DESTINATION.matcher(destination).matches()) {
            throw DomainException.invalidField(
                    "destination", "must be a gateway destination token ([A-Za-z0-9_], 1-100)");
        }
        return destination;
    }

    public long providerId() {
        return providerId;
    }

    public UUID providerPublicId() {
        return providerPublicId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String destination() {
        return destination;
    }

    public String failureReason() {
        return failureReason;
    }

    public String holdReason() {
        return holdReason;
    }
}
