package city.clearway.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import java.util.Set;

/**
 * The signed-in person behind the current request, with the district or lot they are bound to.
 * The scoping rules of PRODUCT §2 and §7 are answered here, in one place.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final AccountScopes scopes;

    Caller(SecurityIdentity identity, AccountScopes scopes) {
        this.identity = identity;
        this.scopes = scopes;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public boolean hasAny(Set<Role> roles) {
        return roles.stream().anyMatch(this::has);
    }

    /** Auditors, admins and supervisors see every district and lot. */
    public boolean seesEverything() {
        return has(Role.AUDITOR) || has(Role.ADMIN) || has(Role.SUPERVISOR);
    }

    /** An inspector of that district. */
    public boolean inspectsDistrict(String districtCode) {
        return has(Role.INSPECTOR) && districtCode != null && districtCode.equals(account().districtCode());
    }

    /** A clerk of that lot. */
    public boolean clerksAtLot(String lotCode) {
        return has(Role.CLERK) && lotCode != null && lotCode.equals(account().lotCode());
    }

    /** Violations of a district: everyone but an inspector of another district (who is told it does not exist). */
    public boolean maySeeDistrict(String districtCode) {
        return seesEverything() || has(Role.CLERK) || inspectsDistrict(districtCode);
    }

    /** An impound: the clerks of its lot, the inspectors of its violation's district, and those who see everything. */
    public boolean maySeeImpound(String lotCode, String districtCode) {
        return seesEverything() || clerksAtLot(lotCode) || inspectsDistrict(districtCode);
    }

    /** The inspector's district, if the caller is an inspector. */
    public String districtCode() {
        return account().districtCode();
    }

    /** The clerk's lot, if the caller is a clerk. */
    public String lotCode() {
        return account().lotCode();
    }

    private AccountScopes.Scope account() {
        return scopes.of(username());
    }
}
