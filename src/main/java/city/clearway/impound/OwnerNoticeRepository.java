package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OwnerNoticeRepository implements PanacheRepositoryBase<OwnerNotice, UUID> {

    public List<OwnerNotice> forImpound(UUID impoundId) {
        return list("impoundId = ?1 order by dueAt, kind", impoundId);
    }

    /** Due, neither sent nor cancelled, and not claimed by a replica that may still be sending it; oldest first. */
    public List<UUID> claimable(Instant now, int limit) {
        return getEntityManager().createQuery("select n.id from OwnerNotice n where n.dueAt <= :now and n.sentAt is null"
                        + " and n.cancelledAt is null and (n.claimedUntil is null or n.claimedUntil <= :now) order by n.dueAt, n.id", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Claims one notice for {@code holder} until {@code until}, if no other replica holds it: one conditional update,
     * which the database applies to the row for one of any replicas asking at once (on H2 as on PostgreSQL).
     */
    public boolean claim(UUID id, String holder, Instant now, Instant until) {
        return update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and sentAt is null and cancelledAt is null"
                + " and (claimedUntil is null or claimedUntil <= ?4)", holder, until, id, now) == 1;
    }

    /** Locked until the transaction ends: a release cancelling it waits until the notice is sent or not. */
    public Optional<OwnerNotice> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The notices of an impound not sent yet are cancelled: the vehicle left the lot before they went out. */
    public int cancelUnsent(UUID impoundId, Instant at) {
        return update("cancelledAt = ?1 where impoundId = ?2 and sentAt is null and cancelledAt is null", at, impoundId);
    }

    /** Vehicles in the lot that have no notices at all: taken in before the outbox existed. */
    public List<Impound> inLotWithoutNotices(int limit) {
        return getEntityManager().createQuery("select i from Impound i where i.status = :inLot"
                        + " and not exists (select n.id from OwnerNotice n where n.impoundId = i.id) order by i.impoundedAt, i.id", Impound.class)
                .setParameter("inLot", ImpoundStatus.IN_LOT).setMaxResults(limit).getResultList();
    }

    public boolean finalNoticeSent(UUID impoundId) {
        return count("impoundId = ?1 and kind = ?2 and sentAt is not null", impoundId, NoticeKind.FINAL) > 0;
    }
}
