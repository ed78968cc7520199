package com.tripavail.catalog;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.Lifecycle;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What hotel and tour packages share: ownership, texts, price, policy and the publishing state. */
@MappedSuperclass
public abstract class CatalogPackage extends PublicEntity {
    private static final String INCLUSION_SEPARATOR = "\n";

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String inclusions;

    @Embedded
    private CancellationPolicy cancellationPolicy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackageStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected CatalogPackage() {
        // JPA
    }

    protected CatalogPackage(
            long providerId,
            String title,
            String description,
            Money price,
            List<String> inclusions,
            CancellationPolicy policy,
            Instant now) {
        super(now);
        this.providerId = providerId;
        this.status = PackageStatus.DRAFT;
        describe(title, description, inclusions, now);
        reprice(price, now);
        this.cancellationPolicy = Objects.requireNonNull(policy);
    }

    public final void describe(String title, String description, List<String> inclusions, Instant now) {
        if (title != null) {
            this.title = title.trim();
        }
        if (description != null) {
            this.description = description.trim();
        }
        if (inclusions != null) {
            this.inclusions = String.join(
                    INCLUSION_SEPARATOR, inclusions.stream().map(String::trim).toList());
        }
        touch(now);
    }

    public final void reprice(Money price, Instant now) {
        if (price == null) {
            return;
        }
        this.priceMinor = price.amountMinor();
        this.currency = price.currency();
        touch(now);
    }

    public final void changePolicy(CancellationPolicy policy, Instant now) {
        if (policy != null) {
            this.cancellationPolicy = policy;
            touch(now);
        }
    }

    /** Only the catalog service calls this, after the publishing gate has let it through. */
    final void publish(Instant now) {
        moveTo(PackageStatus.PUBLISHED, now);
        this.publishedAt = now;
    }

    public final void unpublish(Instant now) {
        moveTo(PackageStatus.UNPUBLISHED, now);
    }

    public final void archive(Instant now) {
        moveTo(PackageStatus.ARCHIVED, now);
    }

    private void moveTo(PackageStatus next, Instant now) {
        this.status = Lifecycle.transition("A package", status, next);
        touch(now);
    }

    /** Archived is final: its content, inventory and images stay as they were when it was retired. */
    public void requireEditable() {
        if (status == PackageStatus.ARCHIVED) {
            throw DomainException.conflict(
                    "package_archived", "An archived package cannot be changed; create a new package instead");
        }
    }

    public void requireVersion(Long expected) {
        if (expected != null && expected != version()) {
            throw new DomainException(
                    412,
                    "precondition_failed",
                    "The package changed since you read it (ETag mismatch); reload and retry");
        }
    }

    public long providerId() {
        return providerId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return new Money(priceMinor, currency);
    }

    public List<String> inclusions() {
        return inclusions == null || inclusions.isEmpty()
                ? List.of()
                : Arrays.asList(inclusions.split(INCLUSION_SEPARATOR));
    }

    public CancellationPolicy cancellationPolicy() {
        return cancellationPolicy;
    }

    public PackageStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == PackageStatus.PUBLISHED;
    }
}
