package city.clearway.impound;

import city.clearway.common.TimeSource;
import city.clearway.common.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends the owner notices that have fallen due, on every replica at once, each notice once. A replica first claims a
 * notice for a while ({@link OwnerNoticeRepository#claim}, its own short transaction): of several replicas asking at the
 * same moment, the database gives the row to one. That replica then locks the row, hands the notice to the
 * {@link NoticeSender} and marks it sent in one transaction, so a release cancelling the notice waits for it, and a
 * notice cancelled before it was sent is never sent. Should the replica die holding a claim, another takes the notice
 * after the claim ran out ({@code CLEARWAY_NOTICE_CLAIM}); only a replica dying between the gateway's answer and the
 * commit could make one notice go out twice.
 */
@ApplicationScoped
public class NoticeDispatch {

    private static final Logger LOG = Logger.getLogger(NoticeDispatch.class);
    private static final int BATCH = 100;

    private final OwnerNoticeRepository notices;
    private final NoticeSender sender;
    private final LotSettings settings;
    private final TimeSource time;
    private final EntityManager em;
    private final NoticeOutbox outbox;
    private final String replica = "replica/" + UUID.randomUUID();

    NoticeDispatch(OwnerNoticeRepository notices, NoticeSender sender, LotSettings settings, TimeSource time, EntityManager em,
                   NoticeOutbox outbox) {
        this.outbox = outbox;
        this.notices = notices;
        this.sender = sender;
        this.settings = settings;
        this.time = time;
        this.em = em;
    }

    @Scheduled(identity = "owner-notices", every = "${clearway.notice-sending-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDueNotices() {
        sendDue(replica);
    }

    /** Sends what is due now as the replica {@code holder}; answers how many notices it sent. */
    public int sendDue(String holder) {
        writeMissing();
        Instant now = time.now();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> notices.claimable(now, BATCH));
        int sent = 0;
        for (UUID id : due) {
            Instant until = now.plus(settings.noticeClaim());
            if (QuarkusTransaction.requiringNew().call(() -> notices.claim(id, holder, now, until))) {
                try {
                    sent += QuarkusTransaction.requiringNew().call(() -> deliver(id, holder)) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warnf("Owner notice %s was not sent; it is tried again once its claim runs out: %s", id, e.getMessage());
                }
            }
        }
        return sent;
    }

    /** Vehicles taken in before the outbox existed get their notices first; a replica that lost the race leaves it. */
    private void writeMissing() {
        try {
            outbox.writeMissing(BATCH);
        } catch (RuntimeException e) {
            if (!UniqueViolation.causedIt(e)) {
                throw e;
            }
            LOG.debug("Another replica wrote the missing owner notices");
        }
    }

    private boolean deliver(UUID id, String holder) {
        OwnerNotice notice = notices.lock(id).filter(n -> n.awaits(holder)).orElse(null);
        if (notice == null) {
            return false;
        }
        Impound impound = em.find(Impound.class, notice.getImpoundId());
        NoticeSender.Delivery delivery = sender.send(new NoticeSender.NoticeMessage(notice.getId(), notice.getKind(), impound.getId(),
                impound.getViolation().getTicketNumber(), impound.getViolation().getPlate(), impound.getLotCode(), notice.getDueAt()));
        notice.sent(time.now(), delivery.channel(), delivery.to());
        return true;
    }
}
