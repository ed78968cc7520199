package com.tripavail.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The wire shapes of the identity endpoints. Passwords are checked by {@link PasswordPolicy}, not here. */
public final class IdentityDtos {
    private IdentityDtos() {}

    public record RegisterRequest(
            @NotBlank @Size(max = 300) String email,

            @NotNull String password,

            @NotBlank @Size(max = 100) String displayName,
            @NotNull Role role) {}

    public record LoginRequest(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 1024) String password) {}

    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {}

    public record CreateUserRequest(
            @NotBlank @Email @Size(max = 254) String email,

            @NotNull String password,

            @NotBlank @Size(max = 100) String displayName,
            @NotNull Role role) {}

    public record ChangeRoleRequest(
            @NotNull Role role, @NotBlank @Size(max = 500) String reason) {}

    public record UserView(String id, String email, String displayName, Role role, Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.publicId().toString(), u.email(), u.displayName(), u.role(), u.createdAt());
        }
    }

    public record RegisterResponse(UserView user, String accessToken, String refreshToken, long expiresIn) {}

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {
        static TokenResponse of(IdentityService.Session s) {
            return new TokenResponse(s.accessToken(), "Bearer", s.expiresIn(), s.refreshToken());
        }
    }
}
