package com.tripavail.platform.security;

import com.tripavail.platform.problem.Unauthorized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token: the user's public id and role. */
@RequestScoped
public class CurrentUser {
    public static final String ADMIN = "ADMIN";
    public static final String PROVIDER = "PROVIDER";
    public static final String TRAVELER = "TRAVELER";

    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return jwt != null && jwt.getSubject() != null;
    }

    public UUID id() {
        if (!isAuthenticated()) {
            throw Unauthorized.required();
        }
        return UUID.fromString(jwt.getSubject());
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && jwt.getGroups() != null && jwt.getGroups().contains(role);
    }
}
