package city.clearway.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each audit hash covers every field of its event and the hash before it, without ambiguity. */
class HashChainTest {

    /** The fields of one event, in the order {@link HashChain#hash} takes them. */
    record Event(String previousHash, long sequence, Instant at, String actor, String action,
                 String entityType, String entityId, String data) {
        String hash() {
            return HashChain.hash(previousHash, sequence, at, actor, action, entityType, entityId, data);
        }
    }

    private static final Event EVENT = new Event(HashChain.GENESIS, 1, Instant.parse("2025-03-01T10:00:00Z"),
            "inspector-7", "violation.registered", "violation", "6f1c2a8e-0b7d-4d3e-9a51-2c4b8e7f0a13",
            "{\"plate\":\"12ب345-67\"}");

    @Test
    void theGenesisHashIsSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void theHashIsDeterministic() {
        assertThat(EVENT.hash()).isEqualTo(EVENT.hash());
        assertThat(new Event(EVENT.previousHash(), EVENT.sequence(), EVENT.at(), EVENT.actor(), EVENT.action(),
                EVENT.entityType(), EVENT.entityId(), EVENT.data()).hash()).isEqualTo(EVENT.hash());
    }

    @Test
    void theHashIsSixtyFourLowerCaseHexCharacters() {
        assertThat(EVENT.hash()).matches("[0-9a-f]{64}");
    }

    /**
     * Stored chains must stay verifiable, so the encoding is pinned: SHA-256 over each field as its UTF-8 byte
     * length, a colon and its UTF-8 bytes. Computed independently with Python's hashlib.
     */
    @Test
    void theHashMatchesAKnownVector() {
        assertThat(EVENT.hash()).isEqualTo("dfebe030782fe3cffe47c42e37af2233478a21bc675119fd9d13b1e54b00d354");
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.<Arguments>of(
                change("previous hash", e -> new Event("1" + e.previousHash().substring(1), e.sequence(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.data())),
                change("sequence", e -> new Event(e.previousHash(), e.sequence() + 1, e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.data())),
                change("time by a second", e -> new Event(e.previousHash(), e.sequence(), e.at().plusSeconds(1), e.actor(), e.action(), e.entityType(), e.entityId(), e.data())),
                change("time by a nanosecond", e -> new Event(e.previousHash(), e.sequence(), e.at().plusNanos(1), e.actor(), e.action(), e.entityType(), e.entityId(), e.data())),
                change("actor", e -> new Event(e.previousHash(), e.sequence(), e.at(), "inspector-8", e.action(), e.entityType(), e.entityId(), e.data())),
                change("action", e -> new Event(e.previousHash(), e.sequence(), e.at(), e.actor(), "violation.cancelled", e.entityType(), e.entityId(), e.data())),
                change("entity type", e -> new Event(e.previousHash(), e.sequence(), e.at(), e.actor(), e.action(), "impound", e.entityId(), e.data())),
                change("entity id", e -> new Event(e.previousHash(), e.sequence(), e.at(), e.actor(), e.action(), e.entityType(), "6f1c2a8e-0b7d-4d3e-9a51-2c4b8e7f0a14", e.data())),
                change("data", e -> new Event(e.previousHash(), e.sequence(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), "{\"plate\":\"12ب345-68\"}")),
                change("data by a trailing space", e -> new Event(e.previousHash(), e.sequence(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.data() + " ")));
    }

    private static Arguments change(String field, UnaryOperator<Event> edit) {
        return arguments(field, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void changingAnyOneFieldChangesTheHash(String field, UnaryOperator<Event> edit) {
        Event changed = edit.apply(EVENT);

        assertThat(changed).isNotEqualTo(EVENT);
        assertThat(changed.hash()).isNotEqualTo(EVENT.hash());
    }

    static Stream<Arguments> fieldsRunTogether() {
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        String prev = HashChain.GENESIS;
        return Stream.of(
                arguments("actor/action",
                        new Event(prev, 1, at, "ab", "c", "t", "i", "d"),
                        new Event(prev, 1, at, "a", "bc", "t", "i", "d")),
                arguments("action/entity type",
                        new Event(prev, 1, at, "a", "violation.reg", "istered", "i", "d"),
                        new Event(prev, 1, at, "a", "violation.registered", "", "i", "d")),
                arguments("entity type/entity id",
                        new Event(prev, 1, at, "a", "b", "viol", "ation1", "d"),
                        new Event(prev, 1, at, "a", "b", "violation", "1", "d")),
                arguments("entity id/data",
                        new Event(prev, 1, at, "a", "b", "t", "42{}", ""),
                        new Event(prev, 1, at, "a", "b", "t", "42", "{}")),
                arguments("previous hash/sequence",
                        new Event(prev.substring(1) + "1", 23, at, "a", "b", "t", "i", "d"),
                        new Event(prev.substring(1), 123, at, "a", "b", "t", "i", "d")),
                arguments("empty actor/action",
                        new Event(prev, 1, at, "", "x", "t", "i", "d"),
                        new Event(prev, 1, at, "x", "", "t", "i", "d")),
                arguments("a field that looks like a length prefix",
                        new Event(prev, 1, at, "1:a", "b", "t", "i", "d"),
                        new Event(prev, 1, at, "", "a1:b", "t", "i", "d")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsRunTogether")
    void fieldsCannotRunTogether(String boundary, Event one, Event other) {
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }

    @Test
    void eachHashDependsOnTheOneBefore() {
        String first = EVENT.hash();
        Event next = new Event(first, 2, EVENT.at().plusSeconds(60), "clerk-3", "impound.intake", "impound",
                "b2f8c0de-1111-4a2b-8c3d-000000000001", "{}");
        Event forged = new Event(HashChain.GENESIS, 2, next.at(), next.actor(), next.action(), next.entityType(),
                next.entityId(), next.data());

        assertThat(next.hash()).isNotEqualTo(forged.hash()).isNotEqualTo(first);
    }
}
