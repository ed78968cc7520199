package com.tripavail.ops;

import com.tripavail.ops.backup.BackupOverview;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators read the backups (with their manifests) and the restore drill history. */
@Path("/v1/admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: backups", description = "Backups, their manifests and the restore drills")
@SecurityRequirement(name = "bearer")
public class AdminBackupResource {
    @Inject
    BackupOverview overview;

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "listBackups", summary = "The backups kept (newest first) and the restore drills")
    @APIResponse(
            responseCode = "200",
            description = "backups with their manifests, and the drill history",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = BackupOverview.Backups.class)))
    public BackupOverview.Backups list() {
        return overview.list();
    }
}
