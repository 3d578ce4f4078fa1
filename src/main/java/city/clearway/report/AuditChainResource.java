package city.clearway.report;

import city.clearway.audit.AuditDtos.VerificationView;
import city.clearway.audit.AuditMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuditChainResource {

    private final AuditChainService chain;
    private final AuditMapper mapper;

    AuditChainResource(AuditChainService chain, AuditMapper mapper) {
        this.chain = chain;
        this.mapper = mapper;
    }

    @GET
    @Path("verify")
    public VerificationView verify() {
        return mapper.toView(chain.verify());
    }
}
