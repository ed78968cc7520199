package com.tripavail.provider;

import com.tripavail.audit.AuditService;
import com.tripavail.media.GalleryOwner;
import com.tripavail.media.ImageGallery;
import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.web.TimeZones;
import com.tripavail.provider.ProviderDtos.OnboardRequest;
import com.tripavail.provider.ProviderDtos.PropertyRequest;
import com.tripavail.provider.ProviderDtos.PropertyView;
import com.tripavail.provider.ProviderDtos.ProviderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Onboarding, property profiles and the admin review workflow. */
@ApplicationScoped
public class ProviderService {
    @Inject
    ProviderRepository providers;

    @Inject
    AuditService audit;

    @Inject
    ImageGallery gallery;

    @Inject
    Event<ProviderSuspended> suspended;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ProviderView onboard(UUID ownerId, OnboardRequest request) {
        if (providers.byOwner(ownerId).isPresent()) {
            throw DomainException.conflict("provider_exists", "This account already has a provider");
        }
        Provider provider = new Provider(
                ownerId,
                request.legalName(),
                request.kind(),
                request.country(),
                request.contactEmail(),
                request.phone(),
                clock.instant());
        providers.add(provider);
        return ProviderView.of(provider);
    }

    public ProviderView mine(UUID ownerId) {
        return ProviderView.of(ownProvider(ownerId));
    }

    /** The caller's provider, or 404 when the caller has none. */
    public Provider ownProvider(UUID ownerId) {
        return providers.byOwner(ownerId).orElseThrow(() -> DomainException.notFound("Provider"));
    }

    @Transactional
    public PropertyView addProperty(UUID ownerId, UUID providerId, PropertyRequest request) {
        Provider provider = providers.byPublicId(providerId);
        if (!provider.isOwnedBy(ownerId)) {
            throw DomainException.notFound("Provider");
        }
        if (provider.kind() != ProviderKind.HOTEL) {
            throw DomainException.conflict("not_a_hotel_provider", "Only hotel providers have properties");
        }
        Property property = new Property(
                provider,
                new Property.PropertyDetails(
                        request.name(),
                        request.address(),
                        request.city(),
                        request.country(),
                        request.latitude(),
                        request.longitude(),
                        request.description(),
                        propertyZone(request)),
                clock.instant());
        providers.add(property);
        return PropertyView.of(property, List.of());
    }

    /** As given, else the tz database's zone of its country nearest to its coordinates. */
    private static ZoneId propertyZone(PropertyRequest request) {
        return TimeZones.givenOrForPlace(
                        "timeZone", request.timeZone(), request.country(), request.latitude(), request.longitude())
                .orElseThrow(() -> DomainException.invalidField(
                        "timeZone", "is required: no time zone is known for this country"));
    }

    /** Appends one of the owner's stored PROPERTY_IMAGE uploads to the property's gallery. */
    @Transactional
    public PropertyView addPropertyImage(UUID ownerId, UUID providerId, UUID propertyId, UUID fileId) {
        Property property = providers.propertyByPublicIdForUpdate(propertyId);
        if (!property.provider().isOwnedBy(ownerId)
                || !property.provider().publicId().equals(providerId)) {
            throw DomainException.notFound("Property");
        }
        gallery.add(GalleryOwner.PROPERTY, property.id(), ownerId, fileId);
        return view(property);
    }

    public List<PropertyView> propertiesOf(UUID ownerId) {
        return views(providers.propertiesOf(ownProvider(ownerId)));
    }

    private PropertyView view(Property p) {
        return PropertyView.of(p, gallery.urlsOf(GalleryOwner.PROPERTY, p.id()));
    }

    /** A list of properties with the images of all of them from one statement. */
    private List<PropertyView> views(List<Property> properties) {
        Map<Long, List<String>> images = gallery.urls(
                GalleryOwner.PROPERTY, properties.stream().map(Property::id).toList());
        return properties.stream()
                .map(p -> PropertyView.of(p, images.getOrDefault(p.id(), List.of())))
                .toList();
    }

    public Page<ProviderView> reviewQueue(ProviderStatus status, String cursor, int limit) {
        List<Provider> rows = providers.page(status, after(cursor), limit + 1);
        return page(rows, limit, shown -> shown.stream().map(ProviderView::of).toList(), Provider::id);
    }

    public Page<PropertyView> propertyQueue(ReviewStatus status, String cursor, int limit) {
        List<Property> rows = providers.propertiesPage(status, after(cursor), limit + 1);
        return page(rows, limit, this::views, Property::id);
    }

    /** The internal id a review queue's cursor continues after (0: from the start). */
    private static long after(String cursor) {
        List<String> parts = Cursor.decode(cursor, 1);
        return parts.isEmpty() ? 0 : Cursor.longPart(parts, 0);
    }

    /** One page of {@code limit} from {@code limit + 1} rows: the extra row only says there is a next page. */
    private static <E, V> Page<V> page(
            List<E> rows, int limit, Function<List<E>, List<V>> views, Function<E, Long> id) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(id.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(views.apply(shown), next);
    }

    @Transactional
    public ProviderView approve(String adminId, UUID providerId, String reason) {
        return decide(adminId, providerId, reason, "provider.approved", Provider::approve);
    }

    @Transactional
    public ProviderView reject(String adminId, UUID providerId, String reason) {
        return decide(adminId, providerId, reason, "provider.rejected", Provider::reject);
    }

    /** An administrator's review decision on a provider (row-locked), audited with its reason. */
    private ProviderView decide(
            String adminId, UUID providerId, String reason, String action, Decision<Provider> decision) {
        Provider p = providers.byPublicIdForUpdate(providerId);
        decision.apply(p, reason, clock.instant());
        record(adminId, action, p, reason);
        return ProviderView.of(p);
    }

    /** Suspends and, in the same transaction, unpublishes every package of the provider. */
    @Transactional
    public ProviderView suspend(String adminId, UUID providerId, String reason) {
        Provider p = providers.byPublicIdForUpdate(providerId);
        p.suspend(reason, clock.instant());
        suspended.fire(new ProviderSuspended(p.id()));
        record(adminId, "provider.suspended", p, reason);
        return ProviderView.of(p);
    }

    @Transactional
    public PropertyView approveProperty(String adminId, UUID propertyId, String reason) {
        return decideProperty(adminId, propertyId, reason, "property.approved", Property::approve);
    }

    @Transactional
    public PropertyView rejectProperty(String adminId, UUID propertyId, String reason) {
        return decideProperty(adminId, propertyId, reason, "property.rejected", Property::reject);
    }

    private PropertyView decideProperty(
            String adminId, UUID propertyId, String reason, String action, Decision<Property> decision) {
        Property p = providers.propertyByPublicId(propertyId);
        decision.apply(p, reason, clock.instant());
        audit.record(adminId, action, "property", p.publicId().toString(), reason, Map.of());
        return view(p);
    }

    /** A review decision: {@code approve} or {@code reject} with its reason, at a time. */
    @FunctionalInterface
    private interface Decision<T> {
        void apply(T subject, String reason, Instant now);
    }

    /**
     * The publishing gate: a package shows only while its provider is APPROVED and, for a hotel
     * package, its property is APPROVED. Row-locks the provider so a concurrent suspension cannot
     * slip between the check and the publish.
     */
    public void requirePublishable(long providerId, Long propertyId) {
        Provider provider = providers.byIdForShare(providerId);
        if (!provider.isApproved()) {
            throw DomainException.forbidden(
                    "provider_not_approved",
                    "The provider is " + provider.status() + "; only approved providers publish");
        }
        if (propertyId != null && !providers.propertyById(propertyId).isApproved()) {
            throw DomainException.forbidden("property_not_approved", "The property is not approved yet");
        }
    }

    /** A property of the caller's own provider, or 404. */
    public Property ownProperty(UUID ownerId, UUID propertyId) {
        Property property = providers.propertyByPublicId(propertyId);
        if (!property.provider().isOwnedBy(ownerId)) {
            throw DomainException.notFound("Property");
        }
        return property;
    }

    public Provider providerById(long id) {
        return providers.byId(id);
    }

    /** A provider by the id clients see, or 404. */
    public Provider providerByPublicId(UUID id) {
        return providers.byPublicId(id);
    }

    public Property property(long id) {
        return providers.propertyById(id);
    }

    private void record(String adminId, String action, Provider p, String reason) {
        audit.record(
                adminId,
                action,
                "provider",
                p.publicId().toString(),
                reason,
                Map.of("status", p.status().name()));
    }
}
