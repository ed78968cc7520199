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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, login, refresh and logout. */
@Path("/v1/auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Accounts, sessions and the caller's profile")
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
    @Operation(operationId = "registerUser", summary = "Create a traveler or provider account and sign in")
    @APIResponse(
            responseCode = "201",
            description = "the account, signed in",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterResponse.class)))
    @APIResponse(responseCode = "409", description = "email_taken")
    public Response register(@Valid @NotNull RegisterRequest body) {
        IdentityService.Session s = identity.register(body.email(), body.password(), body.displayName(), body.role());
        return Response.status(201)
                .entity(new RegisterResponse(UserView.of(s.user()), s.accessToken(), s.refreshToken(), s.expiresIn()))
                .build();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Sign in with email and password")
    @APIResponse(responseCode = "200", description = "a token pair")
    @APIResponse(
            responseCode = "401",
            description = "invalid_credentials (the same for an unknown email and a wrong password)")
    @APIResponse(
            responseCode = "429",
            description = "rate_limited: too many failed logins for this email from this address (RATE_LIMIT_LOGIN)")
    @APIResponse(
            responseCode = "503",
            description =
                    "rate_limiter_unavailable: login is refused while Redis is down; service_unavailable without the database")
    public TokenResponse login(@Valid @NotNull LoginRequest body) {
        String client =
                edge.trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return TokenResponse.of(identity.login(body.email(), body.password(), client));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(
            operationId = "refreshSession",
            summary = "Exchange a refresh token for a new pair (rotation; reuse revokes the family)")
    @APIResponse(responseCode = "200", description = "a new token pair")
    @APIResponse(responseCode = "401", description = "invalid_refresh_token")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return TokenResponse.of(identity.refresh(body.refreshToken()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"TRAVELER", "PROVIDER", "ADMIN"})
    @Operation(operationId = "logout", summary = "Revoke the refresh token and end its session")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "204", description = "signed out")
    public Response logout(@Valid @NotNull RefreshRequest body, @Context SecurityContext security) {
        identity.logout(UUID.fromString(security.getUserPrincipal().getName()), body.refreshToken());
        return Response.noContent().build();
    }
}
