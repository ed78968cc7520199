package com.tripavail.audit;

import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /v1/admin/audit}: the audit log for administrators, newest first, cursor-paginated. */
@Path("/v1/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    public record AuditView(String id, Instant occurredAt, String actorId, String action, String targetType,
                            String targetId, String reason, String details) {
        static AuditView of(AuditEntry e) {
            return new AuditView(Long.toString(e.id()), e.occurredAt(), e.actorId(), e.action(), e.targetType(),
                    e.targetId(), e.reason(), e.details());
        }
    }

    public record Page(List<AuditView> data, String nextCursor) {
    }

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed("ADMIN")
    public Page list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                     @QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        var filter = new AuditService.Filter(blankToNull(actor), blankToNull(action), instant("from", from),
                instant("to", to));
        List<AuditEntry> rows = audit.find(filter, AuditCursor.decode(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEntry> page = more ? rows.subList(0, limit) : rows;
        String next = more ? AuditCursor.encode(page.get(page.size() - 1).id()) : null;
        return new Page(page.stream().map(AuditView::of).toList(), next);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, "must be an ISO-8601 UTC timestamp, e.g. 2026-11-22T10:15:30Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
