package com.tripavail.identity;

import com.tripavail.identity.IdentityDtos.ChangeRoleRequest;
import com.tripavail.identity.IdentityDtos.CreateUserRequest;
import com.tripavail.identity.IdentityDtos.UserView;
import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** Administrators create accounts of any role (including further admins) and change roles; both audited. */
@Path("/v1/admin/users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {
    @Inject
    IdentityService identity;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed("ADMIN")
    public Response create(@Valid @NotNull CreateUserRequest body) {
        User user = identity.createByAdmin(caller(), body.email(), body.password(), body.displayName(), body.role());
        return Response.status(201).entity(UserView.of(user)).build();
    }

    @PUT
    @Path("/{id}/role")
    @RolesAllowed("ADMIN")
    public UserView changeRole(@PathParam("id") String id, @Valid @NotNull ChangeRoleRequest body) {
        return UserView.of(identity.changeRole(caller(), parse(id), body.role(), body.reason()));
    }

    private UUID caller() {
        return UUID.fromString(security.getUserPrincipal().getName());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("User");
        }
    }
}
