package com.tripavail.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt with a configurable cost ({@code PASSWORD_HASH_COST}, default 12: about 250 ms on one core
 * of a 2024 server). Passwords are hashed as UTF-8; bcrypt reads at most 72 bytes, which the
 * 128-character policy accepts knowingly (entropy beyond 72 bytes adds nothing).
 */
@ApplicationScoped
public class PasswordHasher {
    public static final int MIN_COST = 4;
    public static final int MAX_COST = 16;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    /** The library refuses over 72 bytes by default; bcrypt itself only ever reads 72. */
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.truncate(VERSION);

    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_COST", defaultValue = "12")
    int cost;

    /** Verified against when the email is unknown, so both failures take the same time. */
    private String dummyHash;

    public PasswordHasher() {}

    PasswordHasher(int cost) {
        this.cost = cost;
        init();
    }

    @PostConstruct
    void init() {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalStateException("PASSWORD_HASH_COST must be between " + MIN_COST + " and " + MAX_COST);
        }
        dummyHash = hash("dummy-password-" + System.nanoTime());
    }

    public String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS)
                .verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** Spends the same work as {@link #matches} and always answers false. */
    public boolean matchesNothing(String password) {
        matches(password, dummyHash);
        return false;
    }
}
