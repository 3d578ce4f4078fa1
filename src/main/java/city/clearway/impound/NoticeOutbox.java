package city.clearway.impound;

import city.clearway.common.TimeSource;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The owner notices of every impound, written to the outbox table in the intake's own transaction: all three at once,
 * each with the time it falls due (PRODUCT §9), so a notice can never be forgotten by a replica that stopped, and a
 * rolled-back intake leaves none behind. {@link NoticeDispatch} sends them as they fall due. A vehicle that leaves the
 * lot (released, or disposed of) cancels the notices not sent by then, in the transaction that lets it leave.
 */
@ApplicationScoped
public class NoticeOutbox {

    private final OwnerNoticeRepository notices;
    private final ImpoundService impounds;
    private final NoticeSender sender;
    private final LotSettings settings;
    private final TimeSource time;
    private final Caller caller;

    NoticeOutbox(OwnerNoticeRepository notices, ImpoundService impounds, NoticeSender sender, LotSettings settings, TimeSource time,
                 Caller caller) {
        this.notices = notices;
        this.impounds = impounds;
        this.sender = sender;
        this.settings = settings;
        this.time = time;
        this.caller = caller;
    }

    /** Settings whose notice days do not grow stop the start, rather than the first intake. */
    void checkSettings(@Observes StartupEvent start) {
        settings.schedule();
    }

    void writeAtIntake(@Observes VehicleImpounded intake) {
        write(intake.impoundId(), intake.at());
    }

    /**
     * Writes the notices of vehicles still in the lot that have none, taken in before the outbox existed, each due by the
     * same schedule from its own intake; answers how many vehicles got theirs. Every replica may ask at once: the
     * database's unique key on (impound, kind) lets one write them and rolls the others back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeMissing(int limit) {
        List<Impound> missing = notices.inLotWithoutNotices(limit);
        missing.forEach(impound -> write(impound.getId(), impound.getImpoundedAt()));
        return missing.size();
    }

    private void write(UUID impoundId, Instant impoundedAt) {
        NoticeChannel channel = sender.channel();
        settings.schedule().dueDates(impoundedAt).forEach((kind, dueAt) -> notices.persist(new OwnerNotice(impoundId, kind, dueAt, channel)));
    }

    void cancelAtRelease(@Observes VehicleReleased release) {
        notices.cancelUnsent(release.impoundId(), time.now());
    }

    /** The notices of an impound the caller may see, in the order they fall due. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnerNotice> of(UUID impoundId) {
        caller.require(Permission.READ_NOTICES);
        return notices.forImpound(impounds.get(impoundId).getId());
    }
}
