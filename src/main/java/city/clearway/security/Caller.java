package city.clearway.security;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person behind the current request, with the district or lot they are bound to. Who may do what
 * (PRODUCT §2, §7) is answered here, in one place, for every service and so for every channel.
 */
@RequestScoped
public class Caller {

    /** Identity attribute: the inspector's district. */
    public static final String DISTRICT = "clearway.district";
    /** Identity attribute: the clerk's lot. */
    public static final String LOT = "clearway.lot";
    /** Identity attribute: the account holds a temporary password and may do nothing but change it. */
    public static final String PASSWORD_CHANGE_REQUIRED = "clearway.password-change-required";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Whether the caller's roles allow this; their district or lot is checked object by object on top. */
    public boolean may(Permission permission) {
        return permission.grantedTo(roles());
    }

    /** Refuses ({@code 403}) what the caller's roles do not allow. */
    public void require(Permission permission) {
        if (passwordChangeRequired()) {
            throw ProblemException.of(ProblemType.PASSWORD_CHANGE_REQUIRED);
        }
        if (!may(permission)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
    }

    public boolean passwordChangeRequired() {
        return Boolean.TRUE.equals(identity.getAttribute(PASSWORD_CHANGE_REQUIRED));
    }

    /** Auditors, admins and supervisors see every district and lot. */
    public boolean seesEverything() {
        return has(Role.AUDITOR) || has(Role.ADMIN) || has(Role.SUPERVISOR);
    }

    /** An inspector of that district. */
    public boolean inspectsDistrict(String districtCode) {
        return has(Role.INSPECTOR) && districtCode != null && districtCode.equals(districtCode());
    }

    /** A clerk of that lot. */
    public boolean clerksAtLot(String lotCode) {
        return has(Role.CLERK) && lotCode != null && lotCode.equals(lotCode());
    }

    /**
     * A violation: those who see everything, the inspectors of its district, and the clerks of the lot its vehicle was
     * towed to ({@code lotCode} is {@code null} while it was not). Anyone else is told it does not exist.
     */
    public boolean maySeeViolation(String districtCode, String lotCode) {
        return seesEverything() || inspectsDistrict(districtCode) || clerksAtLot(lotCode);
    }

    /** An impound: the clerks of its lot, the inspectors of its violation's district, and those who see everything. */
    public boolean maySeeImpound(String lotCode, String districtCode) {
        return seesEverything() || clerksAtLot(lotCode) || inspectsDistrict(districtCode);
    }

    /** The inspector's district, if the caller is an inspector. */
    public String districtCode() {
        return identity.getAttribute(DISTRICT);
    }

    /** The clerk's lot, if the caller is a clerk. */
    public String lotCode() {
        return identity.getAttribute(LOT);
    }
}
