package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One notice an impound owes its owner, in the outbox until it is sent, or cancelled when the vehicle left first. */
@Entity
@Table(name = "owner_notice")
public class OwnerNotice {

    @Id
    private UUID id;

    @Column(name = "impound_id", nullable = false, updatable = false)
    private UUID impoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeChannel channel;

    /** Where the gateway sent it, when it says (a phone number, an address); absent for the log. */
    private String recipient;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected OwnerNotice() {
    }

    OwnerNotice(UUID impoundId, NoticeKind kind, Instant dueAt, NoticeChannel channel) {
        this.id = UUID.randomUUID();
        this.impoundId = impoundId;
        this.kind = kind;
        this.dueAt = dueAt;
        this.channel = channel;
    }

    /** Whether the replica {@code holder} claimed it and it is still to be sent. */
    boolean awaits(String holder) {
        return sentAt == null && cancelledAt == null && holder.equals(claimedBy);
    }

    void sent(Instant at, NoticeChannel through, String to) {
        this.sentAt = at;
        this.channel = through;
        this.recipient = to;
    }

    public UUID getId() {
        return id;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public NoticeChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
