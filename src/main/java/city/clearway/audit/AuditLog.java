package city.clearway.audit;

import city.clearway.common.TimeSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Appends to the audit log inside the caller's transaction: the event commits with the change it describes or not at
 * all. The {@link AuditSealer} links it into the hash chain right after the commit. The log is told who acted; it knows
 * nothing of accounts or sign-in.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what the service does by itself: first start, seeding. */
    public static final String SYSTEM = "system";

    private final EntityManager em;
    private final TimeSource time;
    private final ObjectMapper json;
    private final AuditSealer sealer;

    AuditLog(EntityManager em, TimeSource time, ObjectMapper mapper, AuditSealer sealer) {
        this.em = em;
        this.sealer = sealer;
        this.time = time;
        this.json = mapper.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    /** Records that {@code actor} did {@code action} to the entity, with the data that describes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, AuditAction action, AuditEntity entity, Object entityId, Map<String, ?> data) {
        AuditEvent event = new AuditEvent(time.now(), actor, action.name(), entity.name(), String.valueOf(entityId), toJson(data));
        em.persist(event);
        sealer.sealAfterCommit();
        return event;
    }

    private String toJson(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit data must be plain values", e);
        }
    }
}
