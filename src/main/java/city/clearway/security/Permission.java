package city.clearway.security;

import java.util.EnumSet;
import java.util.Set;

import static city.clearway.security.Role.ADMIN;
import static city.clearway.security.Role.AUDITOR;
import static city.clearway.security.Role.CLERK;
import static city.clearway.security.Role.INSPECTOR;
import static city.clearway.security.Role.SUPERVISOR;

/**
 * What a role lets its holder do (PRODUCT §2). Every service checks the permission of what it is asked to do, so the
 * API, the office pages and any later client get the same answer. Which district or lot the caller may act in is
 * checked on top of this, object by object.
 */
public enum Permission {
    REGISTER_VIOLATION(INSPECTOR),
    ADD_EVIDENCE(INSPECTOR),
    SETTLE_ON_SCENE(INSPECTOR),
    CANCEL_VIOLATION(SUPERVISOR),
    SEARCH_VIOLATIONS(INSPECTOR, SUPERVISOR, AUDITOR, ADMIN),
    READ_HISTORY(SUPERVISOR, AUDITOR, ADMIN),
    RECORD_INTAKE(INSPECTOR, CLERK),
    LIST_IMPOUNDS(CLERK, SUPERVISOR, AUDITOR, ADMIN),
    TAKE_PAYMENT(CLERK),
    RELEASE_VEHICLE(CLERK),
    RECORD_INVENTORY(CLERK),
    GRANT_WAIVER(SUPERVISOR),
    MANAGE_HOLDS(SUPERVISOR),
    OVERRIDE_DEBTS(SUPERVISOR),
    DISPOSE_VEHICLE(SUPERVISOR),
    READ_NOTICES(CLERK, SUPERVISOR, AUDITOR, ADMIN),
    READ_TARIFFS(SUPERVISOR, AUDITOR, ADMIN),
    MANAGE_REFERENCE_DATA(ADMIN),
    MANAGE_ACCOUNTS(ADMIN),
    VERIFY_AUDIT_CHAIN(AUDITOR, ADMIN),
    READ_REPORTS(SUPERVISOR, AUDITOR, ADMIN),
    READ_COMPLAINTS(INSPECTOR, SUPERVISOR, AUDITOR, ADMIN),
    HANDLE_COMPLAINTS(INSPECTOR, SUPERVISOR),
    ROUTE_COMPLAINTS(SUPERVISOR),
    FILE_APPEAL(CLERK, SUPERVISOR),
    DECIDE_APPEAL(SUPERVISOR),
    READ_APPEALS(CLERK, SUPERVISOR, AUDITOR, ADMIN),
    RECORD_REFUND(CLERK);

    private final Set<Role> holders;

    Permission(Role first, Role... others) {
        this.holders = EnumSet.of(first, others);
    }

    /** The roles that carry this permission. */
    public Set<Role> holders() {
        return EnumSet.copyOf(holders);
    }

    public boolean grantedTo(Set<Role> roles) {
        return roles.stream().anyMatch(holders::contains);
    }
}
