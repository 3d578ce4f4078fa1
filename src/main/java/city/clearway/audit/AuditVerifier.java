package city.clearway.audit;

import city.clearway.common.TimeSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes the whole hash chain from the first event and names the first link that does not hold: a changed
 * field, a missing or moved row, or a tail cut off behind the service's back.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditEventRepository events;
    private final AuditSealer sealer;
    private final EntityManager em;
    private final TimeSource time;

    AuditVerifier(AuditEventRepository events, AuditSealer sealer, EntityManager em, TimeSource time) {
        this.events = events;
        this.sealer = sealer;
        this.em = em;
        this.time = time;
    }

    /** The chain is {@code valid} when every link holds; otherwise {@code firstBrokenSequence} names where it breaks. */
    public record Verification(boolean valid, long length, Long firstBrokenSequence, Instant checkedAt) {

        static Verification intact(long length, Instant at) {
            return new Verification(true, length, null, at);
        }

        static Verification brokenAt(long sequence, long length, Instant at) {
            return new Verification(false, length, sequence, at);
        }
    }

    public Verification verify() {
        Instant checkedAt = time.now();
        // What has committed is sealed first, so the verdict covers every change made up to now.
        sealer.sealPending();
        // The head first: everything up to it was committed with it, so writers appending meanwhile change nothing here.
        AuditChainHead head = QuarkusTransaction.requiringNew().call(() -> em.find(AuditChainHead.class, AuditChainHead.ID));
        long expected = 1;
        String previousHash = HashChain.GENESIS;
        Long broken = null;
        long read = 0;
        while (true) {
            long after = expected - 1;
            List<AuditEvent> page = QuarkusTransaction.requiringNew().call(() -> events.linksAfter(after, head.lastSequence(), PAGE));
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                read++;
                if (broken != null) {
                    continue;
                }
                if (event.getSequence() != expected) {
                    broken = expected;
                } else if (!Objects.equals(event.getPreviousHash(), previousHash) || !Objects.equals(event.getHash(), recompute(event))) {
                    broken = event.getSequence();
                }
                previousHash = event.getHash();
                expected = event.getSequence() + 1;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (broken == null && (expected - 1 != head.lastSequence() || !previousHash.equals(head.lastHash()))) {
            // The head names a link the table no longer holds as it was: the tail was cut off or rewritten.
            broken = expected - 1 == head.lastSequence() ? head.lastSequence() : expected;
        }
        return broken == null ? Verification.intact(read, checkedAt) : Verification.brokenAt(broken, read, checkedAt);
    }

    private static String recompute(AuditEvent event) {
        return HashChain.hash(event.getPreviousHash(), event.getSequence(), event.getAt(), event.getActor(), event.getAction(),
                event.getEntityType(), event.getEntityId(), event.getData());
    }
}
