package city.clearway.security;

import city.clearway.common.OnAnotherInstance;
import city.clearway.common.Sha256;
import city.clearway.common.TimeSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Cookie;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Office sessions live in the database: the browser holds a random 256-bit token, the server only its SHA-256. No key
 * signs or encrypts anything, so there is none to leak or to share between instances; any instance resumes a session
 * another one opened; signing out, disabling the account or resetting its password ends sessions for every instance.
 */
@ApplicationScoped
public class OfficeSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> SESSION_COOKIES = List.of(OfficeSessionMechanism.COOKIE, "q_session", "q_session_chunk_1");

    private final EntityManager em;
    private final Accounts accounts;
    private final SecurityConfig config;
    private final TimeSource time;

    OfficeSessions(EntityManager em, Accounts accounts, SecurityConfig config, TimeSource time) {
        this.em = em;
        this.accounts = accounts;
        this.config = config;
        this.time = time;
    }

    /** A new session for an account whose password was just checked; the token goes into the browser's cookie. */
    public String open(String username) {
        String token = newToken();
        QuarkusTransaction.requiringNew().run(() ->
                em.persist(new OfficeSession(hash(token), username, time.now(), config.session().absoluteTimeout())));
        return token;
    }

    /** The account of a session still open, its last use recorded; empty when the token names no open session. */
    Optional<Account> resume(String token) {
        Instant now = time.now();
        Optional<String> username = QuarkusTransaction.requiringNew().call(() -> {
            OfficeSession session = em.find(OfficeSession.class, hash(token));
            if (session == null) {
                return Optional.empty();
            }
            if (session.endedAt(now, config.session().idleTimeout())) {
                em.remove(session);
                return Optional.empty();
            }
            session.touch(now);
            return Optional.of(session.username());
        });
        return username.flatMap(accounts::find).filter(account -> !account.disabled());
    }

    public void end(String token) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from OfficeSession s where s.tokenHash = :hash")
                .setParameter("hash", hash(token))
                .executeUpdate());
    }

    /** Ends every session of the account, inside the transaction that disables it or changes its password. */
    void endAllOf(String username) {
        em.createQuery("delete from OfficeSession s where s.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    /**
     * The token office forms must carry: derived from the session's own token, which only that browser holds (in an
     * HttpOnly cookie), so another site can neither read nor guess it.
     */
    public static String formToken(String sessionToken) {
        return Sha256.hex("office-form\n" + sessionToken);
    }

    /**
     * The form token of the office session the browser's cookies carry, or {@code null} when they carry none: the
     * built-in session's token, or in OIDC mode the code flow's encrypted session cookie (its first part when Quarkus
     * splits a long one), which is as secret and as bound to one browser.
     */
    public static String formToken(Map<String, Cookie> cookies) {
        for (String name : SESSION_COOKIES) {
            Cookie session = cookies.get(name);
            if (session != null && !session.getValue().isEmpty()) {
                return formToken(session.getValue());
            }
        }
        return null;
    }

    @Scheduled(identity = "office-session-expiry", every = "15m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OnAnotherInstance.class)
    void forgetEndedSessions() {
        Instant now = time.now();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "delete from OfficeSession s where s.expiresAt <= :now or s.lastSeenAt <= :idleSince")
                .setParameter("now", now)
                .setParameter("idleSince", now.minus(config.session().idleTimeout()))
                .executeUpdate());
    }

    private static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}
