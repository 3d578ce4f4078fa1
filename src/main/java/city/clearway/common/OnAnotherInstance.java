package city.clearway.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

/**
 * Skips a scheduled job on every instance of the service but one ({@code skipExecutionIf = OnAnotherInstance.class}):
 * the instance that takes the job's lease in the database holds it until the job's next run, so the job runs once
 * across the fleet; should that instance die, another takes the lease at the next run after it ran out.
 */
@Singleton
public class OnAnotherInstance implements Scheduled.SkipPredicate {

    private final EntityManager em;
    private final TimeSource time;
    private final String instance = instanceName();

    OnAnotherInstance(EntityManager em, TimeSource time) {
        this.em = em;
        this.time = time;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        Instant next = execution.getTrigger().getNextFireTime();
        Instant now = time.now();
        // Held a little short of the next run, so that this instance finds it free again then.
        Instant until = next == null || !next.isAfter(now) ? now.plusSeconds(1) : next.minusMillis(500);
        return !take(execution.getTrigger().getId(), now, until);
    }

    /** Takes the job's lease for this instance until {@code until}, if it is free or already this instance's. */
    boolean take(String job, Instant now, Instant until) {
        return takeAs(instance, job, now, until);
    }

    boolean takeAs(String holder, String job, Instant now, Instant until) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int renewed = em.createQuery("update JobLease l set l.holder = :me, l.heldUntil = :until"
                                + " where l.job = :job and (l.heldUntil <= :now or l.holder = :me)")
                        .setParameter("me", holder).setParameter("until", until).setParameter("job", job).setParameter("now", now)
                        .executeUpdate();
                if (renewed == 1) {
                    return true;
                }
                if (em.find(JobLease.class, job) != null) {
                    return false;
                }
                em.persist(new JobLease(job, holder, until));
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (UniqueViolation.causedIt(e)) {
                return false;  // another instance took the first lease at the same moment
            }
            throw e;
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID();
    }
}
