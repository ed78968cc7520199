package com.tripavail;

import com.tripavail.platform.problem.Unauthorized;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The one JAX-RS application: every business endpoint lives under {@code /v1}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = Unauthorized.REALM)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "TripAvail API",
                        version = "1",
                        description = "Providers publish hotel and tour packages; travelers quote, hold, pay and book.",
                        contact = @Contact(name = "TripAvail API team", email = "api@tripavail.example")))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "RS256 access tokens from /v1/auth/login, following RFC8725 (JWT best current practices):"
                + " the algorithm is pinned, issuer, audience, expiry and kid are checked, lifetime JWT_EXPIRES_IN")
public class TripAvailApplication extends Application {}
