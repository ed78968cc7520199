package com.tripavail.ops;

import com.tripavail.audit.AuditService;
import com.tripavail.booking.BookingJobScheduler;
import com.tripavail.notification.NotificationDispatcher;
import com.tripavail.notification.NotificationTimer;
import com.tripavail.platform.jobs.JobSwitches;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.provider.DocumentDtos.ExpiryRun;
import com.tripavail.provider.DocumentExpiryJob;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators switch background jobs on and off cluster-wide, run one now, and read an execution. */
@Path("/v1/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: jobs", description = "Background jobs: switch, run, read executions (audited)")
@SecurityRequirement(name = "bearer")
public class AdminJobResource {
    @Inject
    JobSwitches switches;

    @Inject
    BookingJobScheduler scheduler;

    @Inject
    DocumentExpiryJob documentExpiry;

    @Inject
    NotificationDispatcher notifications;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    public record Switch(@NotNull Boolean enabled) {}

    public record Execution(long executionId, String job, String batchStatus, String exitStatus) {}

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
        requireKnown(job);
        switches.set(job, body.enabled());
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
    public Response run(@PathParam("job") String job) {
        requireKnown(job);
        long id = scheduler.start(job);
        audit.record(user.id().toString(), "job.run", "job", job, null, Map.of("executionId", Long.toString(id)));
        return Response.status(202).entity(execution(id)).build();
    }

    /** Runs the document expiry check now, synchronously (the daily schedule runs it anyway). */
    @POST
    @Path("/document-expiry/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(operationId = "runDocumentExpiry", summary = "Run the document expiry check now, synchronously")
    @APIResponse(responseCode = "200", description = "warned and suspended counts")
    public ExpiryRun runDocumentExpiry() {
        audit.record(user.id().toString(), "job.run", "job", DocumentExpiryJob.NAME, null, null);
        return documentExpiry.run();
    }

    /** Sends the notifications that are due now, synchronously; how many were handled. */
    @POST
    @Path("/notification-dispatch/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    @Operation(
            operationId = "runNotificationDispatch",
            summary = "Send the notifications that are due now, synchronously")
    @APIResponse(
            responseCode = "200",
            description = "how many were handled",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"handled"},
                                            properties = {
                                                @SchemaProperty(
                                                        name = "handled",
                                                        type = SchemaType.INTEGER,
                                                        format = "int32",
                                                        minimum = "0")
                                            })))
    public Map<String, Integer> runNotificationDispatch() {
        audit.record(user.id().toString(), "job.run", "job", NotificationTimer.JOB, null, null);
        return Map.of("handled", notifications.dispatchDue());
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

    private static void requireKnown(String job) {
        if (!JobSwitches.JOBS.contains(job)) {
            throw DomainException.notFound("Job");
        }
    }
}
