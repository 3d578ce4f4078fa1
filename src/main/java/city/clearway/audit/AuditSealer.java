package city.clearway.audit;

import city.clearway.common.OnAnotherInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Seals committed audit events into the hash chain, in the order they were appended. Business transactions only
 * insert their events, so they never wait on one another; sealing happens just after they commit, in batches that
 * gather the commits of the next few milliseconds, one sealer at a time (the chain head's row lock sees to that,
 * across every instance of the service).
 */
@ApplicationScoped
public class AuditSealer {

    static final int BATCH = 500;
    /**
     * How long a commit's sealing waits for the commits that follow it, so that under load one sealing transaction
     * takes many events instead of one each (measured on 2 cores: sealing one by one took a fifth of the CPU).
     */
    static final long GATHER_MILLIS = 50;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ManagedExecutor executor;
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditSealer(EntityManager em, TransactionSynchronizationRegistry transactions, ManagedExecutor executor) {
        this.em = em;
        this.transactions = transactions;
        this.executor = executor;
    }

    /** Once the current transaction has committed, seal what it appended. */
    void sealAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sealSoon();
                }
            }
        });
    }

    /** Seals everything committed and not yet sealed; returns when the chain has caught up. */
    public void sealPending() {
        int sealed;
        do {
            sealed = QuarkusTransaction.requiringNew().call(this::sealBatch);
        } while (sealed == BATCH);
    }

    /** How far sealing is behind; one indexed query over the unsealed events, which are few while sealing keeps up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SealingBacklog backlog() {
        Object[] row = em.createQuery("select count(e), min(e.at) from AuditEvent e where e.sequence is null", Object[].class)
                .getSingleResult();
        return new SealingBacklog((Long) row[0], Optional.ofNullable((Instant) row[1]));
    }

    /** A safety net for events whose sealing was lost (the service stopped between commit and seal). */
    @Scheduled(identity = "audit-sealing", every = "5s", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OnAnotherInstance.class)
    void sealLeftovers() {
        sealPending();
    }

    /**
     * What an earlier run left unsealed is sealed beside the start, not in its way: nothing in the start depends on it,
     * and the scheduled safety net would take it up anyway.
     */
    void onStart(@Observes StartupEvent event) {
        executor.execute(this::sealPendingOrWarn);
    }

    private void sealSoon() {
        if (queued.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(GATHER_MILLIS, TimeUnit.MILLISECONDS, executor).execute(() -> {
                queued.set(false);
                sealPendingOrWarn();
            });
        }
    }

    private void sealPendingOrWarn() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            LOG.warn("Sealing the audit chain failed; it will be retried", e);
        }
    }

    private int sealBatch() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEvent> pending = em.createQuery("from AuditEvent e where e.sequence is null order by e.id", AuditEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditEvent event : pending) {
            event.seal(head.lastSequence() + 1, head.lastHash());
            head.advance(event.getSequence(), event.getHash());
        }
        return pending.size();
    }
}
