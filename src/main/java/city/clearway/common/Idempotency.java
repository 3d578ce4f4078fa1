package city.clearway.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a retried POST safe ({@code Idempotency-Key}, as in the IETF httpapi draft): the same key and body give
 * the stored answer again, another body is a {@code 422}, a first attempt still running is a {@code 409}. Answers
 * that took effect (any status below 400, redirects of the office forms included) are stored; refusals are not.
 *
 * <p>The claim on a key commits first, on its own. The work and the stored answer then commit together, so an
 * answer is stored exactly when the work took effect. If the work fails, the claim is dropped and the client
 * may retry with the same key; a claim left by a request that died is taken over after {@link #ABANDONED_AFTER}.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final EntityManager em;
    private final TimeSource time;
    private final ObjectMapper json;
    private final ObjectMapper canonicalJson;

    Idempotency(EntityManager em, TimeSource time, ObjectMapper json) {
        this.em = em;
        this.time = time;
        this.json = json;
        this.canonicalJson = JsonMapper.builder()
                .findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /**
     * Runs {@code work} once per key of {@code user} (keys are per user). {@code operation} names what is being done
     * (method and path), so a key reused for another request is told apart even when the bodies look alike.
     */
    public Response once(String user, String key, String operation, Object body, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        requireWellFormed(key);
        IdempotencyRecord.Key recordKey = new IdempotencyRecord.Key(user, key);
        String requestHash = Sha256.hex(operation + "\n" + canonical(body));
        Response replay = claim(recordKey, requestHash);
        if (replay != null) {
            return replay;
        }
        Response response;
        try {
            response = QuarkusTransaction.requiringNew().call(() -> {
                Response done = work.get();
                if (done.getStatus() < 400) {
                    em.find(IdempotencyRecord.class, recordKey).complete(done.getStatus(), serialize(done.getEntity()),
                            done.getLocation() == null ? null : done.getLocation().toString(), done.getHeaderString(HttpHeaders.ETAG));
                }
                return done;
            });
        } catch (RuntimeException e) {
            drop(recordKey);
            throw e;
        }
        if (response.getStatus() >= 400) {
            drop(recordKey);
        }
        return response;
    }

    /**
     * The key a request carries: {@code null} when it has none. A key sent empty, blank, twice or malformed is a
     * {@code 400}: a client that meant to make its retry safe must not be served as if it had not asked.
     */
    public static String key(HttpHeaders headers) {
        List<String> keys = headers.getRequestHeader(HEADER);
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        if (keys.size() > 1) {
            throw ProblemException.badParameter(HEADER, "idempotency-key");
        }
        requireWellFormed(keys.get(0));
        return keys.get(0);
    }

    /** Deletes keys older than they must be kept. */
    @Scheduled(identity = "idempotency-key-expiry", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OnAnotherInstance.class)
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
                .setParameter("before", time.now().minus(KEPT_FOR))
                .executeUpdate());
    }

    private Response claim(IdempotencyRecord.Key key, String requestHash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimOrReplay(key, requestHash));
        } catch (RuntimeException e) {
            if (!UniqueViolation.causedIt(e)) {
                throw e;
            }
            // Another request claimed the same key at the same moment; it is now in progress or done.
            return QuarkusTransaction.requiringNew().call(() -> claimOrReplay(key, requestHash));
        }
    }

    private Response claimOrReplay(IdempotencyRecord.Key key, String requestHash) {
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            em.persist(new IdempotencyRecord(key, requestHash, time.now()));
            em.flush();
            return null;
        }
        if (existing.state() == IdempotencyRecord.State.IN_PROGRESS) {
            if (existing.createdAt().isAfter(time.now().minus(ABANDONED_AFTER))) {
                throw ProblemException.of(ProblemType.REQUEST_IN_PROGRESS);
            }
            existing.restart(requestHash, time.now());
            return null;
        }
        if (!existing.requestHash().equals(requestHash)) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED);
        }
        return replay(existing);
    }

    private void drop(IdempotencyRecord.Key key) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord claimed = em.find(IdempotencyRecord.class, key);
            if (claimed != null && claimed.state() == IdempotencyRecord.State.IN_PROGRESS) {
                em.remove(claimed);
            }
        });
    }

    private static Response replay(IdempotencyRecord stored) {
        Response.ResponseBuilder response = Response.status(stored.responseStatus())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(stored.responseBody())
                .header(REPLAYED_HEADER, "true");
        if (stored.responseLocation() != null) {
            response.location(URI.create(stored.responseLocation()));
        }
        if (stored.responseEtag() != null) {
            response.header(HttpHeaders.ETAG, stored.responseEtag());
        }
        return response.build();
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw ProblemException.badParameter(HEADER, "idempotency-key");
        }
    }

    private String canonical(Object body) {
        try {
            return canonicalJson.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request bodies are plain records", e);
        }
    }

    private String serialize(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Responses are plain records", e);
        }
    }

}
