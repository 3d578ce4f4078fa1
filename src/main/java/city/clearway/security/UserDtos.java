package city.clearway.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/** What crosses the wire for accounts. Passwords go in, never out. */
public final class UserDtos {

    private UserDtos() {
    }

    public record UserCreate(
            @NotNull @Pattern(regexp = "^[a-z][a-z0-9._-]{2,49}$", message = "{clearway.username}") String username,
            @NotNull @Size(min = 10, max = 72) String password,
            @NotEmpty Set<@NotNull Role> roles,
            String districtCode,
            String lotCode) {
    }

    public record UserView(String username, List<Role> roles, String districtCode, String lotCode) {
    }
}
