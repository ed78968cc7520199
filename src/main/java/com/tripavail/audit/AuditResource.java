package com.tripavail.audit;

import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.paging.Page;
import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
    public record AuditView(
            String id,
            Instant occurredAt,
            String actorId,
            String action,
            String targetType,
            String targetId,
            String reason,
            String details) {
        static AuditView of(AuditEntry e) {
            return new AuditView(
                    Long.toString(e.id()),
                    e.occurredAt(),
                    e.actorId(),
                    e.action(),
                    e.targetType(),
                    e.targetId(),
                    e.reason(),
                    e.details());
        }
    }

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed("ADMIN")
    public Page<AuditView> list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") Integer requestedLimit,
            @QueryParam("cursor") String cursor) {
        int limit = Page.limit(requestedLimit);
        var filter = new AuditService.Filter(
                blankToNull(actor), blankToNull(action), instant("from", from), instant("to", to));
        List<String> after = Cursor.decode(cursor, 1);
        List<AuditEntry> rows = audit.find(filter, after.isEmpty() ? null : Cursor.longPart(after, 0), limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEntry> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(page.get(page.size() - 1).id()) : null;
        return new Page<>(page.stream().map(AuditView::of).toList(), next);
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
