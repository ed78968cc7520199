package com.tripavail.identity;

import com.tripavail.audit.AuditService;
import com.tripavail.identity.token.AccessTokenIssuer;
import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The identity use cases: sign-up, login, refresh with rotation, logout, profile, admin accounts. */
@ApplicationScoped
public class IdentityService {
    /** What a successful sign-up, login or refresh hands the client. */
    public record Session(User user, String accessToken, long expiresIn, String refreshToken) {}

    @Inject
    UserRepository users;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessTokenIssuer tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditService audit;

    @Inject
    IdentityTransactions tx;

    Clock clock = Clock.systemUTC();

    public Session register(String email, String password, String displayName, Role role) {
        String normalised = EmailAddress.normalise(email);
        if (role != null && !role.selfRegistrable()) {
            throw DomainException.invalidField("role", "must be TRAVELER or PROVIDER");
        }
        requireStrong(password, normalised);
        String hash = hasher.hash(password);
        return tx.createAndOpenSession(() -> User.signUp(normalised, displayName, hash, role, clock.instant()));
    }

    /** Not transactional as a whole: the failure audit must commit although the login fails. */
    public Session login(String email, String password, String clientAddress) {
        String normalised = EmailAddress.normalise(email);
        throttle.check(normalised, clientAddress);
        Optional<User> found = users.byEmail(normalised);
        boolean ok = found.isPresent()
                ? hasher.matches(password, found.get().passwordHash())
                : hasher.matchesNothing(password);
        if (!ok) {
            throttle.recordFailure(normalised, clientAddress);
            audit.record(
                    found.map(u -> u.publicId().toString()).orElse(null),
                    "login_failed",
                    "user",
                    found.map(u -> u.publicId().toString()).orElse(null),
                    null,
                    Map.of("email", normalised, "clientAddress", clientAddress));
            throw new DomainException(401, "invalid_credentials", "The email or password is wrong");
        }
        User user = found.get();
        audit.record(
                user.publicId().toString(),
                "login_succeeded",
                "user",
                user.publicId().toString(),
                null,
                Map.of("clientAddress", clientAddress));
        return tx.openSession(user.publicId());
    }

    public Session refresh(String rawRefreshToken) {
        return tx.rotate(rawRefreshToken);
    }

    /** Ends the session (the token's whole family) if the token belongs to the caller; 204 either way. */
    public void logout(UUID caller, String rawRefreshToken) {
        tx.revokeOwnFamily(caller, rawRefreshToken);
    }

    public User profile(UUID caller) {
        return users.byPublicId(caller).orElseThrow(() -> DomainException.notFound("User"));
    }

    public User createByAdmin(UUID admin, String email, String password, String displayName, Role role) {
        String normalised = EmailAddress.normalise(email);
        requireStrong(password, normalised);
        String hash = hasher.hash(password);
        return tx.createUser(
                () -> User.createdByAdmin(normalised, displayName, hash, role, clock.instant()), admin.toString());
    }

    public User changeRole(UUID admin, UUID target, Role role, String reason) {
        return tx.changeRole(admin, target, role, reason);
    }

    /** Start-up bootstrap: creates the first administrator unless the email already exists. */
    public boolean ensureAdmin(String email, String password) {
        String normalised = EmailAddress.normalise(email);
        if (users.byEmail(normalised).isPresent()) {
            return false;
        }
        requireStrong(password, normalised);
        String hash = hasher.hash(password);
        try {
            tx.createUser(
                    () -> User.createdByAdmin(normalised, "Administrator", hash, Role.ADMIN, clock.instant()),
                    AuditService.SYSTEM);
            return true;
        } catch (DomainException e) {
            if ("email_taken".equals(e.code())) {
                return false; // another instance created it first
            }
            throw e;
        }
    }

    private static void requireStrong(String password, String normalisedEmail) {
        List<FieldError> errors = new java.util.ArrayList<>(PasswordPolicy.violations(password, normalisedEmail));
        if (EmailAddress.hasHiddenCharacters(normalisedEmail)) {
            errors.add(0, new FieldError("email", "must not contain invisible or control characters"));
        } else if (!EmailAddress.isValid(normalisedEmail)) {
            errors.add(0, new FieldError("email", "must be a well-formed email address"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(400, "validation_failed", "The request has invalid fields", errors);
        }
    }
}
