package city.clearway.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One {@code Idempotency-Key} of one user: the request it was first used for and, once done, the answer given. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    enum State { IN_PROGRESS, COMPLETED }

    @Embeddable
    public record Key(@Column(name = "username") String username, @Column(name = "idem_key") String idempotencyKey)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 65535)
    private String responseBody;

    @Column(name = "response_location")
    private String responseLocation;

    @Column(name = "response_etag")
    private String responseEtag;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(Key key, String requestHash, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.state = State.IN_PROGRESS;
        this.createdAt = createdAt;
    }

    void complete(int status, String body, String location, String etag) {
        this.state = State.COMPLETED;
        this.responseStatus = status;
        this.responseBody = body;
        this.responseLocation = location;
        this.responseEtag = etag;
    }

    /** A claim abandoned by a request that died before finishing (nothing of it took effect): taken over by the retry. */
    void restart(String requestHash, Instant at) {
        this.requestHash = requestHash;
        this.createdAt = at;
    }

    String requestHash() {
        return requestHash;
    }

    State state() {
        return state;
    }

    Integer responseStatus() {
        return responseStatus;
    }

    String responseBody() {
        return responseBody;
    }

    String responseLocation() {
        return responseLocation;
    }

    String responseEtag() {
        return responseEtag;
    }

    Instant createdAt() {
        return createdAt;
    }
}
