package city.clearway.security;

import city.clearway.common.OnAnotherInstance;
import city.clearway.common.TimeSource;
import city.clearway.common.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;

/**
 * Slows down guessing (PRODUCT §7): after a few failed sign-ins an account, or a client address, is refused for a
 * while, the right password too, until the block passes. Kept in the database, so every instance of the service
 * counts the same failures.
 */
@ApplicationScoped
public class SignInThrottle {

    /** What is known about a subject: its recent failures and the block in force, if any. */
    public record State(int failures, Instant blockedUntil) {

        static final State CLEAN = new State(0, null);
    }

    private final EntityManager em;
    private final SecurityConfig config;
    private final TimeSource time;

    SignInThrottle(EntityManager em, SecurityConfig config, TimeSource time) {
        this.em = em;
        this.config = config;
        this.time = time;
    }

    static String account(String username) {
        return "account:" + username;
    }

    static String address(String address) {
        return "address:" + address;
    }

    State stateOf(String subject) {
        SignInFailures found = em.find(SignInFailures.class, subject);
        return found == null ? State.CLEAN : new State(found.failures(), found.blockedUntil());
    }

    /** The block on this address, if one is in force. */
    Instant addressBlockedUntil(String clientAddress) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Instant until = stateOf(address(clientAddress)).blockedUntil();
            return until != null && until.isAfter(time.now()) ? until : null;
        });
    }

    /** Counts a failed sign-in against the address and, when it names one, the account. */
    void failed(String knownUsername, String clientAddress) {
        SecurityConfig.SignIn limits = config.signIn();
        if (knownUsername != null) {
            count(account(knownUsername), limits.accountFailures());
        }
        count(address(clientAddress), limits.addressFailures());
    }

    /** The right password ends the account's count (the address keeps its own). */
    void succeeded(String username) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from SignInFailures f where f.subject = :subject")
                .setParameter("subject", account(username))
                .executeUpdate());
    }

    private void count(String subject, int limit) {
        try {
            QuarkusTransaction.requiringNew().run(() -> countOnce(subject, limit));
        } catch (RuntimeException e) {
            if (!UniqueViolation.causedIt(e)) {
                throw e;
            }
            // Another failure of the same subject inserted its row first; count this one on it.
            QuarkusTransaction.requiringNew().run(() -> countOnce(subject, limit));
        }
    }

    private void countOnce(String subject, int limit) {
        Instant now = time.now();
        SecurityConfig.SignIn limits = config.signIn();
        SignInFailures failures = em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        boolean first = failures == null;
        if (first) {
            failures = new SignInFailures(subject, now);
        }
        failures.fail(now, limit, limits.window(), limits.firstBlock(), limits.longestBlock());
        if (first) {
            em.persist(failures);
        }
        em.flush();
    }

    /** Forgets counts whose window has passed and whose block is over. */
    @Scheduled(identity = "sign-in-failure-expiry", every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OnAnotherInstance.class)
    void forgetOldFailures() {
        Instant now = time.now();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "delete from SignInFailures f where f.firstFailureAt < :windowStart and (f.blockedUntil is null or f.blockedUntil < :now)")
                .setParameter("windowStart", now.minus(config.signIn().window()))
                .setParameter("now", now)
                .executeUpdate());
    }
}
