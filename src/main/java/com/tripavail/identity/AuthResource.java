package com.tripavail.identity;

import com.tripavail.identity.IdentityDtos.LoginRequest;
import com.tripavail.identity.IdentityDtos.RefreshRequest;
import com.tripavail.identity.IdentityDtos.RegisterRequest;
import com.tripavail.identity.IdentityDtos.RegisterResponse;
import com.tripavail.identity.IdentityDtos.TokenResponse;
import com.tripavail.identity.IdentityDtos.UserView;
import com.tripavail.platform.web.EdgeConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** Sign-up, login, refresh and logout. */
@Path("/v1/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    IdentityService identity;

    @Inject
    EdgeConfig edge;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @PermitAll
    public Response register(@Valid @NotNull RegisterRequest body) {
        IdentityService.Session s = identity.register(body.email(), body.password(), body.displayName(), body.role());
        return Response.status(201)
                .entity(new RegisterResponse(UserView.of(s.user()), s.accessToken(), s.refreshToken(), s.expiresIn()))
                .build();
    }

    @POST
    @Path("/login")
    @PermitAll
    public TokenResponse login(@Valid @NotNull LoginRequest body) {
        String client =
                edge.trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return TokenResponse.of(identity.login(body.email(), body.password(), client));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return TokenResponse.of(identity.refresh(body.refreshToken()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"TRAVELER", "PROVIDER", "ADMIN"})
    public Response logout(@Valid @NotNull RefreshRequest body, @Context SecurityContext security) {
        identity.logout(UUID.fromString(security.getUserPrincipal().getName()), body.refreshToken());
        return Response.noContent().build();
    }
}
