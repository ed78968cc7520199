package com.tripavail.identity;

import com.tripavail.identity.IdentityDtos.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** {@code GET /v1/me}: the caller's profile. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    IdentityService identity;

    @GET
    @RolesAllowed({"TRAVELER", "PROVIDER", "ADMIN"})
    public UserView me(@Context SecurityContext security) {
        return UserView.of(
                identity.profile(UUID.fromString(security.getUserPrincipal().getName())));
    }
}
