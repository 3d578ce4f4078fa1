package city.clearway.security;

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
public class UserAccount {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "lot_code")
    private String lotCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** Set when an administrator gave a temporary password: the account does nothing but change it. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

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

    void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = at;
        }
    }

    void enable() {
        disabledAt = null;
    }

    /** A password set by an administrator, to be changed by its holder at the next sign-in. */
    void resetPassword(String newHash) {
        passwordHash = newHash;
        passwordChangeRequired = true;
    }

    /** A password chosen by the account's holder. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        passwordChangeRequired = false;
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

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
