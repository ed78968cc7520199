package com.tripavail.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** How to reach a user (for notifications): identity's published read of its users. */
@ApplicationScoped
public class Contacts {
    public record Contact(String email, String displayName) {}

    @Inject
    UserRepository users;

    public Optional<Contact> of(UUID userId) {
        return users.byPublicId(userId).map(u -> new Contact(u.email(), u.displayName()));
    }
}
