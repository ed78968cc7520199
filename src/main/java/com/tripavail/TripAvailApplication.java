package com.tripavail;

import com.tripavail.platform.problem.Unauthorized;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The one JAX-RS application: every business endpoint lives under {@code /v1}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = Unauthorized.REALM)
public class TripAvailApplication extends Application {}
