package com.tripavail.platform.idempotency;

import com.tripavail.platform.problem.DomainException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Idempotency-Key on POST: required where the method says {@link IdempotencyRequired}, honoured
 * on every other authenticated POST. Keys are scoped per user; the fingerprint covers method, path
 * and body. Runs after authorization, so refused requests never reserve a key. The request filter
 * claims or replays; the response filter and writer interceptor record the final answer (4xx
 * included; 5xx frees the key).
 */
@Provider
@Priority(Priorities.USER + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String STATUS = IdempotencyFilter.class.getName() + ".status";
    private static final String IN_REDIS = IdempotencyFilter.class.getName() + ".inRedis";

    @Context
    ResourceInfo resource;

    @Inject
    IdempotencyStore store;

    @Inject
    DurableResponses responses;

    @Inject
    IdempotentOutcome outcome;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            if (resource.getResourceMethod() != null
                    && resource.getResourceMethod().isAnnotationPresent(IdempotencyRequired.class)) {
                throw DomainException.badRequest(
                        "idempotency_key_required", "This request needs an " + HEADER + " header");
            }
            return;
        }
        if (!key.matches("[\\x20-\\x7E]{1,255}")) {
            throw DomainException.badRequest("invalid_idempotency_key", HEADER + " must be 1-255 printable characters");
        }
        String user = userOf(request.getSecurityContext().getUserPrincipal());
        if (user == null) {
            return; // keys are scoped per user; anonymous POSTs are not deduplicated
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotencyStore.Claim claim =
                new IdempotencyStore.Claim(user, IdempotencyStore.sha256(key), fingerprint(request, body));
        IdempotencyStore.Decision decision = null;
        try {
            decision = store.begin(claim);
        } catch (JedisException e) {
            LOG.log(Level.WARNING, "Idempotency store unavailable; relying on PostgreSQL: " + e.getMessage());
        }
        if (decision instanceof IdempotencyStore.Replay r) {
            replay(request, r.status(), r.mediaType(), r.body());
            return;
        } else if (decision instanceof IdempotencyStore.Mismatch) {
            throw reused();
        }
        boolean inRedis = decision instanceof IdempotencyStore.Started;
        // Redis had nothing (flushed, lost, or down), or says "in progress" (a claim it kept across
        // a crash or restart may outlive the request that made it): PostgreSQL keeps every final answer
        Optional<DurableResponses.Stored> durable;
        try {
            durable = responses.find(claim);
        } catch (RuntimeException e) {
            releaseQuietly(claim, inRedis);
            throw e;
        }
        if (durable.isPresent()) {
            DurableResponses.Stored d = durable.get();
            if (!d.fingerprint().equals(claim.fingerprint())) {
                releaseQuietly(claim, inRedis);
                throw reused();
            }
            if (inRedis || decision instanceof IdempotencyStore.InProgress) {
                completeQuietly(claim, d.status(), d.mediaType(), d.body());
            }
            replay(request, d.status(), d.mediaType(), d.body());
            return;
        }
        if (decision instanceof IdempotencyStore.InProgress) {
            throw DomainException.conflict(
                    "idempotency_in_progress",
                    "The first request with this " + HEADER + " is still running; retry shortly");
        }
        request.setProperty(CLAIM, claim);
        request.setProperty(IN_REDIS, inRedis);
        outcome.begin(claim, request.getUriInfo().getRequestUri().getRawPath());
    }

    private static void replay(ContainerRequestContext request, int status, String mediaType, byte[] body) {
        request.abortWith(Response.status(status)
                .type(mediaType)
                .entity(body == null || body.length == 0 ? null : body)
                .header(REPLAYED, "true")
                .build());
    }

    private static DomainException reused() {
        return new DomainException(
                422, "idempotency_key_reused", "This " + HEADER + " was used with a different request");
    }

    private void releaseQuietly(IdempotencyStore.Claim claim, boolean inRedis) {
        if (!inRedis) {
            return;
        }
        try {
            store.release(claim);
        } catch (JedisException e) {
            LOG.log(Level.WARNING, "Idempotency store unavailable while releasing a key: " + e.getMessage());
        }
    }

    private void completeQuietly(IdempotencyStore.Claim claim, int status, String mediaType, byte[] body) {
        try {
            store.complete(claim, status, mediaType, body);
        } catch (JedisException e) {
            LOG.log(Level.WARNING, "Idempotency store unavailable while recording a response: " + e.getMessage());
        }
    }

    /** The final answer: Redis (fast path) and, unless the effect's transaction stored it, PostgreSQL. */
    private void finish(Object inRedis, IdempotencyStore.Claim claim, int status, String type, byte[] body) {
        if (outcome.lostRace()) {
            // the winner's answer is in PostgreSQL: free the key so a retry replays that one
            releaseQuietly(claim, Boolean.TRUE.equals(inRedis));
            return;
        }
        if (Boolean.TRUE.equals(inRedis)) {
            completeQuietly(claim, status, type, body);
        }
        if (!outcome.recorded()) {
            try {
                responses.saveAfter(claim, status, type, body);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not store an idempotent response in PostgreSQL: " + e.getMessage());
            }
        }
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        byte[] head = (request.getMethod() + " "
                        + request.getUriInfo().getRequestUri().getRawPath() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return IdempotencyStore.sha256(all);
    }

    private static String userOf(Principal principal) {
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal == null ? null : principal.getName();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        IdempotencyStore.Claim claim = (IdempotencyStore.Claim) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        if (response.getStatus() >= 500) {
            // frees the key for a retry; an effect that did commit left its answer in PostgreSQL
            request.removeProperty(CLAIM);
            releaseQuietly(claim, Boolean.TRUE.equals(request.getProperty(IN_REDIS)));
        } else if (!response.hasEntity()) {
            request.removeProperty(CLAIM);
            finish(request.getProperty(IN_REDIS), claim, response.getStatus(), null, null);
        } else {
            request.setProperty(STATUS, response.getStatus());
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        IdempotencyStore.Claim claim = (IdempotencyStore.Claim) context.getProperty(CLAIM);
        Object status = context.getProperty(STATUS);
        if (claim == null || status == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                original.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }
        });
        context.proceed();
        try {
            String type = context.getMediaType() == null
                    ? null
                    : context.getMediaType().toString();
            finish(context.getProperty(IN_REDIS), claim, (Integer) status, type, copy.toByteArray());
        } finally {
            context.removeProperty(CLAIM);
        }
    }
}
