package city.clearway.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the city did about a complaint, as the reporter's app reads it back (mySociety's
 * {@code servicerequestupdates}): its id is the {@code update_id}, its text plain and impersonal.
 */
@Entity
@Immutable
@Table(name = "complaint_update")
public class ComplaintUpdate {

    @Id
    private long id;

    @Column(name = "complaint_id", nullable = false)
    private UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private Instant at;

    protected ComplaintUpdate() {
    }

    ComplaintUpdate(long id, UUID complaintId, ComplaintStatus status, String description, Instant at) {
        this.id = id;
        this.complaintId = complaintId;
        this.status = status;
        this.description = description;
        this.at = at;
    }

    public long getId() {
        return id;
    }

    public UUID getComplaintId() {
        return complaintId;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public Instant getAt() {
        return at;
    }
}
