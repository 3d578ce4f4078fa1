package city.clearway.report;

import city.clearway.audit.AuditVerifier.Verification;
import city.clearway.audit.AuditVerifier;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit chain's verdict, for those who may ask for it: the API and the auditor's office page alike. */
@ApplicationScoped
public class AuditChainService {

    private final AuditVerifier verifier;
    private final Caller caller;

    AuditChainService(AuditVerifier verifier, Caller caller) {
        this.verifier = verifier;
        this.caller = caller;
    }

    public Verification verify() {
        caller.require(Permission.VERIFY_AUDIT_CHAIN);
        return verifier.verify();
    }
}
