package com.tripavail.ops;

import com.tripavail.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What this instance runs, for blue-green checks. */
@Path("/v1/version")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {
    public record VersionInfo(String version, String commit, String color) {}

    @Inject
    BuildInfo buildInfo;

    @Inject
    AppConfig config;

    @GET
    public VersionInfo version() {
        return new VersionInfo(buildInfo.version(), buildInfo.commit(), config.deployColor());
    }
}
