package city.clearway.reference;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/violation-types")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ViolationTypeResource {

    public record ViolationTypeInfo(ViolationType code, String en, String fa) {
    }

    @GET
    public List<ViolationTypeInfo> list() {
        return Arrays.stream(ViolationType.values())
                .map(type -> new ViolationTypeInfo(type, type.english(), type.persian()))
                .toList();
    }
}
