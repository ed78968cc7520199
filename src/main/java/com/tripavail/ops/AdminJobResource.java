package com.tripavail.ops;

import com.tripavail.audit.AuditService;
import com.tripavail.platform.jobs.JobDefinition;
import com.tripavail.platform.jobs.JobLauncher;
import com.tripavail.platform.jobs.JobOverview;
import com.tripavail.platform.jobs.JobSwitches;
import com.tripavail.platform.jobs.Jobs;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators list the background jobs, switch them on and off cluster-wide, run one now, and read an execution. */
@Path("/v1/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: jobs", description = "Background jobs: list, switch, run, read executions (audited)")
@SecurityRequirement(name = "bearer")
public class AdminJobResource {
    @Inject
    JobSwitches switches;

    @Inject
    Jobs jobs;

    @Inject
    JobLauncher launcher;

    @Inject
    JobOverview overview;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    public record Switch(@NotNull Boolean enabled) {}

    public record Execution(long executionId, String job, String batchStatus, String exitStatus) {}

    public record JobList(@NotNull List<JobOverview.Job> data) {}

    @GET
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "listJobs", summary = "Every background job: schedule, switch, last run, next run")
    @APIResponse(
            responseCode = "200",
            description = "the jobs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobList.class)))
    public JobList list() {
        return new JobList(overview.list());
    }

    @PUT
    @Path("/{job}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "switchJob", summary = "Switch a job on or off cluster-wide")
    @APIResponse(
            responseCode = "200",
            description = "the job and its switch",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"job", "enabled"},
                                            properties = {
                                                @SchemaProperty(name = "job", type = SchemaType.STRING, maxLength = 64),
                                                @SchemaProperty(name = "enabled", type = SchemaType.BOOLEAN)
                                            })))
    @APIResponse(responseCode = "404", description = "not_found (no such job)")
    public Map<String, Object> set(@PathParam("job") String job, @NotNull Switch body) {
        switches.set(known(job).name(), body.enabled());
        audit.record(user.id().toString(), body.enabled() ? "job.enabled" : "job.disabled", "job", job, null, null);
        return Map.of("job", job, "enabled", body.enabled());
    }

    @POST
    @Path("/{job}/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "runJob", summary = "Start a job now")
    @APIResponse(
            responseCode = "202",
            description = "the started execution",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AdminJobResource.Execution.class)))
    @APIResponse(responseCode = "404", description = "not_found (no such job)")
    @APIResponse(responseCode = "409", description = "job_running (a run of the job is in progress somewhere)")
    public Response run(@PathParam("job") String job) {
        long id = launcher.start(known(job));
        audit.record(user.id().toString(), "job.run", "job", job, null, Map.of("executionId", Long.toString(id)));
        return Response.status(202).entity(execution(id)).build();
    }

    @GET
    @Path("/executions/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "getJobExecution", summary = "A job execution")
    @APIResponse(responseCode = "200", description = "the execution")
    @APIResponse(responseCode = "404", description = "not_found")
    public Execution execution(@PathParam("id") long id) {
        JobExecution e;
        try {
            e = BatchRuntime.getJobOperator().getJobExecution(id);
        } catch (NoSuchJobExecutionException unknown) {
            throw DomainException.notFound("Job execution");
        }
        return new Execution(id, e.getJobName(), e.getBatchStatus().name(), e.getExitStatus());
    }

    private JobDefinition known(String job) {
        return jobs.find(job).orElseThrow(() -> DomainException.notFound("Job"));
    }
}
