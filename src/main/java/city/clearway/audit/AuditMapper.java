package city.clearway.audit;

import city.clearway.audit.AuditDtos.AuditEventView;
import city.clearway.audit.AuditDtos.VerificationView;
import city.clearway.audit.AuditVerifier.Verification;
import city.clearway.common.CityTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper(uses = CityTime.class)
public abstract class AuditMapper {

    @Inject
    ObjectMapper json;

    public abstract AuditEventView toView(AuditEvent event);

    public abstract List<AuditEventView> toViews(List<AuditEvent> events);

    public abstract VerificationView toView(Verification verification);

    /** The stored data is JSON text; clients get it as JSON. */
    JsonNode data(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            // Data written behind the service's back may not even be JSON; show it as it is.
            return json.getNodeFactory().textNode(data);
        }
    }
}
