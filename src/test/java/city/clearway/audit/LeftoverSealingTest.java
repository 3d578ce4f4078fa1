package city.clearway.audit;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An event a stopped run committed and never sealed is sealed when the service starts, beside the start, into an intact chain. */
@QuarkusTest
class LeftoverSealingTest {

    @Inject
    EntityManager em;
    @Inject
    AuditSealer sealer;

    @Test
    void whatAnEarlierRunLeftUnsealedIsSealedAtStart() throws InterruptedException {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long next = ((Number) em.createNativeQuery("select coalesce(max(id), 0) + 1000000 from audit_event").getSingleResult()).longValue();
            em.createNativeQuery("insert into audit_event (id, at, actor, action, entity_type, entity_id, data)"
                            + " values (?1, ?2, 'admin', 'USER_CREATED', 'USER', 'left-over', '{}')")
                    .setParameter(1, next).setParameter(2, OffsetDateTime.now()).executeUpdate();
            return next;
        });

        sealer.onStart(new StartupEvent());

        Object sequence = null;
        for (int tries = 0; tries < 100 && sequence == null; tries++) {
            Thread.sleep(100);
            sequence = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select sequence from audit_event where id = ?1").setParameter(1, id).getSingleResult());
        }
        assertThat(sequence).as("sealed within 10 s").isNotNull();
        Api.as(Fixtures.auditor()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}
