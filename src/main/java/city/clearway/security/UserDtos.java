package city.clearway.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Set;

/** What crosses the wire for accounts. Passwords go in, never out. */
public final class UserDtos {

    private UserDtos() {
    }

    public record UserCreate(
            @NotNull @Pattern(regexp = "^[a-z][a-z0-9._-]{2,49}$", message = "{clearway.username}") String username,
            @NotNull String password,
            @NotEmpty Set<@NotNull Role> roles,
            String districtCode,
            String lotCode) {
    }

    /** A temporary password an administrator gives; its holder must choose their own at the next sign-in. */
    public record PasswordReset(@NotNull String password) {
    }

    /** The holder of an account choosing a new password. */
    public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    public record UserView(String username, List<Role> roles, String districtCode, String lotCode, boolean disabled,
                           boolean passwordChangeRequired) {
    }
}
