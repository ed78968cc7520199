package com.tripavail.identity;

import com.tripavail.audit.AuditService;
import com.tripavail.identity.token.AccessTokenIssuer;
import com.tripavail.identity.token.SessionRevocations;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The transactional units of the identity use cases. Kept apart from {@link IdentityService} so
 * slow work (bcrypt) never holds a connection or a row lock.
 */
@ApplicationScoped
public class IdentityTransactions {
    private static final Logger LOG = Logger.getLogger(IdentityTransactions.class.getName());

    @Inject
    UserRepository users;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    AccessTokenIssuer tokens;

    @Inject
    SessionRevocations sessions;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public IdentityService.Session createAndOpenSession(Supplier<User> newUser) {
        User user = insert(newUser.get());
        return session(user, UUID.randomUUID());
    }

    @Transactional
    public User createUser(Supplier<User> newUser, String actorId) {
        User user = insert(newUser.get());
        audit.record(
                actorId,
                "user_created",
                "user",
                user.publicId().toString(),
                null,
                Map.of("role", user.role().name()));
        return user;
    }

    @Transactional
    public IdentityService.Session openSession(UUID userId) {
        User user = users.byPublicId(userId).orElseThrow(() -> DomainException.notFound("User"));
        return session(user, UUID.randomUUID());
    }

    /**
     * Single use: the presented token is marked used and its successor issued in the same family.
     * A token presented again after rotation means a copy exists: the whole family is revoked, the
     * revocation audited and committed although the call fails.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public IdentityService.Session rotate(String raw) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findForUpdate(raw).orElseThrow(IdentityTransactions::invalidRefresh);
        if (token.wasRotated()) {
            int revoked = refreshTokens.revokeFamily(token.familyId(), now);
            sessions.revoke(token.familyId());
            String userId = token.user().publicId().toString();
            audit.record(
                    AuditService.SYSTEM,
                    "token_family_revoked",
                    "user",
                    userId,
                    "refresh token reused",
                    Map.of("familyId", token.familyId().toString(), "revokedTokens", Integer.toString(revoked)));
            LOG.warning("Refresh token reuse detected; revoked family " + token.familyId() + " of user " + userId);
            throw new DomainException(
                    401,
                    "refresh_token_reused",
                    "This refresh token was already used; the session has been ended, sign in again");
        }
        if (!token.isUsable(now)) {
            throw invalidRefresh();
        }
        token.markUsed(now);
        return session(token.user(), token.familyId());
    }

    @Transactional
    public void revokeOwnFamily(UUID caller, String raw) {
        Optional<RefreshToken> token = refreshTokens.findForUpdate(raw);
        if (token.isPresent() && token.get().user().publicId().equals(caller)) {
            refreshTokens.revokeFamily(token.get().familyId(), clock.instant());
            sessions.revoke(token.get().familyId());
        }
    }

    @Transactional
    public User changeRole(UUID admin, UUID target, Role role, String reason) {
        if (admin.equals(target)) {
            // whatever the role the target has by now: an administrator demoted a moment ago by
            // another one, whose token still says ADMIN, gets this too, not a 200 for a no-op
            throw DomainException.conflict(
                    "self_demotion", "Administrators cannot change their own role; ask another administrator");
        }
        // locked before the target is read, so the role it is read with is the committed one
        int admins = role == Role.ADMIN ? 0 : users.lockAdmins();
        User user = users.byPublicId(target).orElseThrow(() -> DomainException.notFound("User"));
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(admins);
        }
        requireStillAdmin(admin);
        Instant now = clock.instant();
        Role previous = user.changeRole(role, now);
        if (previous != role) {
            // tokens carry the role: every session of the user ends, so the new role applies at once
            List<UUID> ended = refreshTokens.liveFamiliesOf(user);
            for (UUID family : ended) {
                refreshTokens.revokeFamily(family, now);
                sessions.revoke(family);
            }
            audit.record(
                    admin.toString(),
                    "role_changed",
                    "user",
                    target.toString(),
                    reason,
                    Map.of(
                            "from",
                            previous.name(),
                            "to",
                            role.name(),
                            "sessionsEnded",
                            Integer.toString(ended.size())));
        }
        return user;
    }

    /**
     * The last administrator is never demoted. The administrators' rows are locked (in id order, so
     * two demotions cannot deadlock) before they are counted: of two administrators demoting each
     * other at once, the second waits, then sees one administrator left and is refused
     * (LastAdminRaceIT; counted without the locks, both commit and none is left).
     */
    /**
     * The caller's role as committed (read after the administrators' lock for a demotion): an
     * administrator demoted a moment ago whose token still says ADMIN changes nobody's role. Its
     * sessions ended with the demotion; this closes the window of a request already past the filter.
     */
    private void requireStillAdmin(UUID caller) {
        if (users.byPublicId(caller).map(User::role).orElse(null) != Role.ADMIN) {
            throw DomainException.forbidden("forbidden", "You are not allowed to do this");
        }
    }

    private static void requireAnotherAdmin(int admins) {
        if (admins <= 1) {
            throw DomainException.conflict("last_admin", "The last administrator cannot be demoted");
        }
    }

    private User insert(User user) {
        try {
            users.add(user);
            return user;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw DomainException.conflict("email_taken", "An account with this email already exists");
            }
            throw e;
        }
    }

    private IdentityService.Session session(User user, UUID familyId) {
        Instant now = clock.instant();
        String refresh = refreshTokens.issue(user, familyId, now, Duration.ofSeconds(tokens.refreshExpiresInSeconds()));
        AccessTokenIssuer.AccessToken access =
                tokens.mint(user.publicId(), user.role().name(), familyId, now);
        return new IdentityService.Session(user, access.value(), access.expiresIn(), refresh);
    }

    private static DomainException invalidRefresh() {
        return new DomainException(401, "invalid_refresh_token", "The refresh token is invalid, expired or revoked");
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
