package com.tripavail.identity;

import com.tripavail.platform.persistence.PublicEntity;
import com.tripavail.platform.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An account. Changes only through the methods below; the email is stored normalised. */
@Entity
@Table(name = "users")
@NamedQuery(name = "User.byEmail", query = "SELECT u FROM User u WHERE u.email = :email")
@NamedQuery(name = "User.byPublicId", query = "SELECT u FROM User u WHERE u.publicId = :publicId")
public class User extends PublicEntity {
    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    protected User() {
        // JPA
    }

    private User(String email, String displayName, String passwordHash, Role role, Instant now) {
        super(now);
        this.email = Objects.requireNonNull(EmailAddress.normalise(email), "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName").trim();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** Self-service sign-up: never an administrator. */
    public static User signUp(String email, String displayName, String passwordHash, Role role, Instant now) {
        if (role == null || !role.selfRegistrable()) {
            throw DomainException.invalidField("role", "must be TRAVELER or PROVIDER");
        }
        return new User(email, displayName, passwordHash, role, now);
    }

    /** Created by an administrator (or the start-up bootstrap); any role. */
    public static User createdByAdmin(String email, String displayName, String passwordHash, Role role, Instant now) {
        return new User(email, displayName, passwordHash, role, now);
    }

    /** @return the previous role */
    public Role changeRole(Role newRole, Instant now) {
        Objects.requireNonNull(newRole, "role");
        Role previous = role;
        role = newRole;
        touch(now);
        return previous;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }
}
