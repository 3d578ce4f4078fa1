package city.clearway.audit;

import city.clearway.common.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** The SHA-256 link between audit events: each hash covers the event and the hash before it. */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(String previousHash, long sequence, Instant at, String actor, String action,
                              String entityType, String entityId, String data) {
        MessageDigest digest = Sha256.newDigest();
        for (String field : new String[] {previousHash, Long.toString(sequence), at.toString(), actor, action, entityType, entityId, data}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            // Length-prefixed, so no two different events can run together into the same bytes.
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return Sha256.hex(digest.digest());
    }
}
