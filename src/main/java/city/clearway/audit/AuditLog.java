package city.clearway.audit;

import city.clearway.common.TimeSource;
import city.clearway.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * Appends to the audit log inside the caller's transaction: the event commits with the change it describes or not at
 * all. The {@link AuditSealer} links it into the hash chain right after the commit.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final TimeSource time;
    private final Caller caller;
    private final ObjectMapper json;
    private final AuditSealer sealer;
    private final ReportDays reportDays;

    AuditLog(EntityManager em, TimeSource time, Caller caller, ObjectMapper mapper, AuditSealer sealer, ReportDays reportDays) {
        this.em = em;
        this.sealer = sealer;
        this.reportDays = reportDays;
        this.time = time;
        this.caller = caller;
        this.json = mapper.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    /** Records a change made by the signed-in caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String action, String entityType, Object entityId, Map<String, ?> data) {
        return append(caller.username(), action, entityType, entityId, data);
    }

    /** Records a change made by someone who is not a signed-in user, such as a civic app with an API key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordBy(String actor, String action, String entityType, Object entityId, Map<String, ?> data) {
        return append(actor, action, entityType, entityId, data);
    }

    /** Records a change made by the system itself (start-up, seeding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordAsSystem(String action, String entityType, Object entityId, Map<String, ?> data) {
        return append("system", action, entityType, entityId, data);
    }

    private AuditEvent append(String actor, String action, String entityType, Object entityId, Map<String, ?> data) {
        AuditEvent event = new AuditEvent(time.now(), actor, action, entityType, String.valueOf(entityId), toJson(data));
        em.persist(event);
        sealer.sealAfterCommit();
        // Every change the reports count is recorded here, in its own transaction, at the time it is stamped with.
        reportDays.changed(event.getAt());
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
