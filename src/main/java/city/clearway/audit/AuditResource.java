package city.clearway.audit;

import city.clearway.audit.AuditDtos.VerificationView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuditResource {

    private final AuditVerifier verifier;
    private final AuditMapper mapper;

    AuditResource(AuditVerifier verifier, AuditMapper mapper) {
        this.verifier = verifier;
        this.mapper = mapper;
    }

    @GET
    @Path("verify")
    public VerificationView verify() {
        return mapper.toView(verifier.verify());
    }
}
