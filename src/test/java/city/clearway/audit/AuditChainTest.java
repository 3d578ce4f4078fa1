package city.clearway.audit;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Parallel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log is a SHA-256 hash chain: concurrent writers never fork it, and whatever is changed in the stored rows
 * behind the service's back (a field edited, a row deleted, two rows swapped, the tail cut off) is found by
 * {@code /audit/verify}, which names the first broken link. Every tampering here is undone before the test ends.
 */
@QuarkusTest
class AuditChainTest {

    private static final String COLUMNS = "sequence, at, actor, action, entity_type, entity_id, data, previous_hash, hash, id";

    @Inject
    EntityManager em;

    private String auditor;
    private String district;
    private String inspector;

    @BeforeEach
    void someActivity() {
        auditor = Fixtures.auditor();
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        for (int i = 0; i < 4; i++) {
            Fixtures.register(inspector, district);
        }
        verify();  // seals what was just appended, so the tests below tamper with sealed links only
    }

    @Test
    void anUntouchedChainIsValidAndCountsEveryEvent() {
        Response verdict = verify();
        assertThat(verdict.<Boolean>path("valid")).isTrue();
        assertThat(verdict.<Object>path("firstBrokenSequence")).isNull();
        assertThat(((Number) verdict.path("length")).longValue()).isEqualTo(countEvents());
    }

    @Test
    void parallelWritersExtendOneChainWithoutForking() throws Exception {
        long before = countEvents();
        List<Integer> statuses = Parallel.run(30, i -> Api.as(inspector)
                .body(Fixtures.violationBody(district, Fixtures.plate().spelled())).post("/api/v1/violations").statusCode());
        assertThat(statuses).containsOnly(201);

        Response verdict = verify();
        assertThat(verdict.<Boolean>path("valid")).isTrue();
        assertThat(((Number) verdict.path("length")).longValue()).isEqualTo(before + 30);
        assertThat(lastSequence()).isEqualTo(before + 30);
    }

    @Test
    void anEditedFieldIsFound() {
        long target = lastSequence() - 2;
        Object[] original = row(target);
        try {
            sql("update audit_event set actor = 'mallory' where sequence = " + target);
            assertBrokenAt(target);
        } finally {
            sql("update audit_event set actor = '" + original[2] + "' where sequence = " + target);
        }
        assertThat(verify().<Boolean>path("valid")).isTrue();
    }

    @Test
    void aRewrittenHashIsFoundByTheNextLink() {
        long target = lastSequence() - 3;
        Object[] original = row(target);
        try {
            sql("update audit_event set data = '{\"amount\":1}', hash = '" + "f".repeat(64) + "' where sequence = " + target);
            assertBrokenAt(target);
        } finally {
            restore(target, original);
        }
        assertThat(verify().<Boolean>path("valid")).isTrue();
    }

    @Test
    void aDeletedRowIsFound() {
        long target = lastSequence() - 2;
        Object[] original = row(target);
        try {
            sql("delete from audit_event where sequence = " + target);
            assertBrokenAt(target);
        } finally {
            insert(original);
        }
        assertThat(verify().<Boolean>path("valid")).isTrue();
    }

    @Test
    void twoSwappedRowsAreFound() {
        long first = lastSequence() - 3;
        Object[] a = row(first);
        Object[] b = row(first + 1);
        try {
            sql("delete from audit_event where sequence in (" + first + ", " + (first + 1) + ")");
            insert(withSequence(b, a));
            insert(withSequence(a, b));
            assertBrokenAt(first);
        } finally {
            sql("delete from audit_event where sequence in (" + first + ", " + (first + 1) + ")");
            insert(a);
            insert(b);
        }
        assertThat(verify().<Boolean>path("valid")).isTrue();
    }

    @Test
    void aCutOffTailIsFound() {
        long last = lastSequence();
        Object[] secondLast = row(last - 1);
        Object[] lastRow = row(last);
        try {
            sql("delete from audit_event where sequence >= " + (last - 1));
            assertBrokenAt(last - 1);
        } finally {
            insert(secondLast);
            insert(lastRow);
        }
        assertThat(verify().<Boolean>path("valid")).isTrue();
    }

    @Test
    void onlyAuditorsAndAdministratorsVerify() {
        Api.misbehavingAs(inspector).get("/api/v1/audit/verify").then().statusCode(403);
        Api.as(Fixtures.ADMIN).get("/api/v1/audit/verify").then().statusCode(200);
    }

    private void assertBrokenAt(long sequence) {
        Response verdict = verify();
        assertThat(verdict.<Boolean>path("valid")).isFalse();
        assertThat(((Number) verdict.path("firstBrokenSequence")).longValue()).isEqualTo(sequence);
    }

    private Response verify() {
        return Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().response();
    }

    private long countEvents() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue());
    }

    private long lastSequence() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select max(sequence) from audit_event").getSingleResult()).longValue());
    }

    private Object[] row(long sequence) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select " + COLUMNS + " from audit_event where sequence = " + sequence).getSingleResult());
    }

    private void insert(Object[] row) {
        QuarkusTransaction.requiringNew().run(() -> {
            var insert = em.createNativeQuery("insert into audit_event (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
            for (int i = 0; i < row.length; i++) {
                insert.setParameter(i + 1, row[i]);
            }
            insert.executeUpdate();
        });
    }

    private void restore(long sequence, Object[] row) {
        sql("delete from audit_event where sequence = " + sequence);
        insert(row);
    }

    /** The row's content at another position in the chain (its id moves along: it is that position's row now). */
    private static Object[] withSequence(Object[] row, Object[] at) {
        Object[] copy = row.clone();
        copy[0] = at[0];
        copy[9] = at[9];
        return copy;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
