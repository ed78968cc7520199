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

/** Administrators list the background jobs, switch them on and off cluster-wide, run one now, and read an execution. */
@Path("/v1/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
    public JobList list() {
        return new JobList(overview.list());
    }

    @PUT
    @Path("/{job}")
    @RolesAllowed(CurrentUser.ADMIN)
    public Map<String, Object> set(@PathParam("job") String job, @NotNull Switch body) {
        switches.set(known(job).name(), body.enabled());
        audit.record(user.id().toString(), body.enabled() ? "job.enabled" : "job.disabled", "job", job, null, null);
        return Map.of("job", job, "enabled", body.enabled());
    }

    @POST
    @Path("/{job}/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(CurrentUser.ADMIN)
    public Response run(@PathParam("job") String job) {
        long id = launcher.start(known(job));
        audit.record(user.id().toString(), "job.run", "job", job, null, Map.of("executionId", Long.toString(id)));
        return Response.status(202).entity(execution(id)).build();
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

    private JobDefinition known(String job) {
        return jobs.find(job).orElseThrow(() -> DomainException.notFound("Job"));
    }
}
