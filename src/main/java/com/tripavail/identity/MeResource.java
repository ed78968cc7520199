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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/me}: the caller's profile. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {
    @Inject
    IdentityService identity;

    @GET
    @RolesAllowed({"TRAVELER", "PROVIDER", "ADMIN"})
    @Operation(operationId = "getMe", summary = "The caller's profile")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "the caller")
    public UserView me(@Context SecurityContext security) {
        return UserView.of(
                identity.profile(UUID.fromString(security.getUserPrincipal().getName())));
    }
}
