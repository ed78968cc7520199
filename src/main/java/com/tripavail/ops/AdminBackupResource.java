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

/** Administrators read the backups (with their manifests) and the restore drill history. */
@Path("/v1/admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminBackupResource {
    @Inject
    BackupOverview overview;

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    public BackupOverview.Backups list() {
        return overview.list();
    }
}
