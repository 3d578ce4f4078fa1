package city.clearway.support;

import city.clearway.impound.NoticeDispatch;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Vehicles that have waited: an impound moved back in time, as if taken in {@code days} ago, its notices with it. */
public final class Unclaimed {

    private Unclaimed() {
    }

    /** Moves the intake and the notices' due times of {@code impoundId} back by {@code days}, then sends what is due. */
    public static void takenInDaysAgo(String impoundId, int days) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        Duration back = Duration.ofDays(days);
        UUID id = UUID.fromString(impoundId);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant intake = em.createQuery("select i.impoundedAt from Impound i where i.id = :id", Instant.class)
                    .setParameter("id", id).getSingleResult();
            em.createNativeQuery("update impound set impounded_at = ?1 where id = ?2").setParameter(1, intake.minus(back))
                    .setParameter(2, id).executeUpdate();
            List<Object[]> notices = em.createQuery("select n.id, n.dueAt from OwnerNotice n where n.impoundId = :id", Object[].class)
                    .setParameter("id", id).getResultList();
            for (Object[] notice : notices) {
                em.createNativeQuery("update owner_notice set due_at = ?1 where id = ?2")
                        .setParameter(1, ((Instant) notice[1]).minus(back)).setParameter(2, notice[0]).executeUpdate();
            }
        });
        sendDueNotices("test-sender");
    }

    /** Removes the notices of {@code impoundId}, as for a vehicle taken in before owner notices existed. */
    public static void withoutNotices(String impoundId) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from owner_notice where impound_id = ?1")
                .setParameter(1, UUID.fromString(impoundId)).executeUpdate());
    }

    /** Sends every notice due now, batch after batch, as the replica {@code replica}; answers how many it sent. */
    public static int sendDueNotices(String replica) {
        NoticeDispatch dispatch = Arc.container().instance(NoticeDispatch.class).get();
        int sent = 0;
        for (int batch = dispatch.sendDue(replica); batch > 0; batch = dispatch.sendDue(replica)) {
            sent += batch;
        }
        return sent;
    }
}
