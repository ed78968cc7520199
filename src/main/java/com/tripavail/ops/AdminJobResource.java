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

/** Administrators switch background jobs on and off cluster-wide, run one now, and read an execution. */
@Path("/v1/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
    public ExpiryRun runDocumentExpiry() {
        audit.record(user.id().toString(), "job.run", "job", DocumentExpiryJob.NAME, null, null);
        return documentExpiry.run();
    }

    /** Sends the notifications that are due now, synchronously; how many were handled. */
    @POST
    @Path("/notification-dispatch/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    public Map<String, Integer> runNotificationDispatch() {
        audit.record(user.id().toString(), "job.run", "job", NotificationTimer.JOB, null, null);
        return Map.of("handled", notifications.dispatchDue());
    }

    @GET
    @Path("/executions/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
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
