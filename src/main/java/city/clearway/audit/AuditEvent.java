package city.clearway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One audit event: who changed what, when, with what data. Appended with the change it describes; sealed into the
 * hash chain once, right after it commits, and never changed or deleted afterwards.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    private long id;

    /** The position in the chain; absent until sealed. */
    @Column(updatable = true)
    private Long sequence;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 65535)
    private String data;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, String action, String entityType, String entityId, String data) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.data = data;
    }

    /** Takes its place in the chain after the link whose hash is {@code previousHash}. */
    void seal(long sequence, String previousHash) {
        if (this.sequence != null) {
            throw new IllegalStateException("Audit event " + id + " is already sealed at " + this.sequence);
        }
        this.sequence = sequence;
        this.previousHash = previousHash;
        this.hash = HashChain.hash(previousHash, sequence, at, actor, action, entityType, entityId, data);
    }

    public long getId() {
        return id;
    }

    public Long getSequence() {
        return sequence;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    /** The action as one this version knows, or {@code null} for a name it does not (shown as stored). */
    public AuditAction getKnownAction() {
        return AuditAction.known(action);
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getData() {
        return data;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
