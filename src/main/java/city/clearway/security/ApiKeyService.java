package city.clearway.security;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sha256;
import city.clearway.common.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys for the civic apps that file complaints (PRODUCT §4 Accounts, §10). A key is 256 random bits, shown once when it
 * is made; only its SHA-256 is stored, so a copy of the database gives no one a working key. Administrators alone make,
 * list and revoke keys, whatever the channel.
 */
@ApplicationScoped
public class ApiKeyService {

    /** Tells a Clearway key apart in a config file or a leaked log at a glance. */
    static final String PREFIX = "cw_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    ApiKeyService(ApiKeyRepository keys, AuditLog audit, TimeSource time, Caller caller) {
        this.keys = keys;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    /** A new key and the text of the key, which exists nowhere else once this answer is sent. */
    public record Issued(ApiKey key, String secret) {
    }

    @Transactional
    public Issued create(String name) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey(UUID.randomUUID(), name.strip(), hash(secret), time.now(), caller.username());
        keys.persist(key);
        audit.record(caller.username(), AuditAction.API_KEY_CREATED, AuditEntity.API_KEY, key.getId(), AuditData.of("name", key.getName()));
        return new Issued(key, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> list() {
        caller.require(Permission.MANAGE_ACCOUNTS);
        return keys.oldestFirst();
    }

    @Transactional
    public ApiKey revoke(UUID id) {
        caller.require(Permission.MANAGE_ACCOUNTS);
        ApiKey key = keys.lock(id).orElseThrow(() -> ProblemException.notFound("api-key", id));
        if (key.revoked()) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "api-key-revoked", id);
        }
        key.revoke(time.now(), caller.username());
        audit.record(caller.username(), AuditAction.API_KEY_REVOKED, AuditEntity.API_KEY, id, AuditData.of("name", key.getName()));
        return key;
    }

    /** The key a civic app presented, if it is one of ours and not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiKey> verify(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return keys.withHash(hash(secret.strip())).filter(key -> !key.revoked());
    }


    private static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
