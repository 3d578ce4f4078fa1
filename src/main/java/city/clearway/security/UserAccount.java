package city.clearway.security;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A built-in account: bcrypt password, roles, and the district or lot it is bound to. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserAccount {

    @Id
    @Username
    private String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Roles
    @Column(nullable = false)
    private String roles;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "lot_code")
    private String lotCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Collection<Role> roles, String districtCode, String lotCode,
                       Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.districtCode = districtCode;
        this.lotCode = lotCode;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getRoles() {
        return roles;
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getLotCode() {
        return lotCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
