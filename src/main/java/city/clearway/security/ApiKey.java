package city.clearway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A civic app's key for Open311: its name, and the SHA-256 of the key, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiKey() {
    }

    ApiKey(UUID id, String name, String keyHash, Instant createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
