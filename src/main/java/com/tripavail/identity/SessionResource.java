package com.tripavail.identity;

import com.tripavail.identity.IdentityDtos.LoginRequest;
import com.tripavail.identity.IdentityDtos.RegisterRequest;
import com.tripavail.identity.IdentityDtos.UserView;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.EdgeConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The cookie mode of sign-up, login, refresh and logout for the web pages: the same use cases as
 * {@link AuthResource}, but the refresh token travels only in {@link SessionCookie} and the body
 * carries the access token alone. The JSON endpoints of docs/api.md are unchanged.
 */
@Path("/v1/auth/session")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    /** What the page keeps in memory: never the refresh token. */
    public record SessionView(UserView user, String accessToken, String tokenType, long expiresIn) {
        static SessionView of(IdentityService.Session s) {
            return new SessionView(UserView.of(s.user()), s.accessToken(), "Bearer", s.expiresIn());
        }
    }

    @Inject
    IdentityService identity;

    @Inject
    EdgeConfig edge;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @PermitAll
    public Response register(@Valid @NotNull RegisterRequest body) {
        SessionCookie.requireOwnPages(request);
        return opened(201, identity.register(body.email(), body.password(), body.displayName(), body.role()));
    }

    @POST
    @PermitAll
    public Response login(@Valid @NotNull LoginRequest body) {
        SessionCookie.requireOwnPages(request);
        String client =
                edge.trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return opened(200, identity.login(body.email(), body.password(), client));
    }

    /** A new access token for the cookie's session; the cookie rotates like any refresh token. */
    @POST
    @Path("/refresh")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    public Response refresh() {
        SessionCookie.requireOwnPages(request);
        String token = SessionCookie.read(request)
                .orElseThrow(() -> new DomainException(401, "no_session", "You are not signed in"));
        try {
            return opened(200, identity.refresh(token));
        } catch (DomainException e) {
            // a dead cookie is dropped, so the page stops offering it
            throw e.withHeader("Set-Cookie", SessionCookie.clear());
        }
    }

    @DELETE
    @RolesAllowed({CurrentUser.TRAVELER, CurrentUser.PROVIDER, CurrentUser.ADMIN})
    public Response logout() {
        SessionCookie.requireOwnPages(request);
        SessionCookie.read(request).ifPresent(token -> identity.logout(user.id(), token));
        return Response.noContent().header("Set-Cookie", SessionCookie.clear()).build();
    }

    private static Response opened(int status, IdentityService.Session s) {
        return Response.status(status)
                .entity(SessionView.of(s))
                .header("Set-Cookie", SessionCookie.set(s.refreshToken()))
                .build();
    }
}
