package city.clearway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The signed-in identity of a built-in account: its roles, and as attributes the district or lot it is bound to. An
 * account holding a temporary password gets no roles until it has chosen its own.
 */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Account account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addAttribute(Caller.PASSWORD_CHANGE_REQUIRED, account.passwordChangeRequired());
        if (!account.passwordChangeRequired()) {
            account.roles().forEach(role -> identity.addRole(role.name()));
        }
        if (account.districtCode() != null) {
            identity.addAttribute(Caller.DISTRICT, account.districtCode());
        }
        if (account.lotCode() != null) {
            identity.addAttribute(Caller.LOT, account.lotCode());
        }
        return identity.build();
    }
}
