package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers people quote (tickets, receipts, releases) from database sequences: unique without locks, on any database. */
@ApplicationScoped
public class Sequences {

    public static final String TICKET = "ticket_number_seq";
    public static final String RECEIPT = "receipt_number_seq";
    public static final String RELEASE = "release_number_seq";
    public static final String REFUND = "refund_number_seq";

    private final EntityManager em;
    private final Map<String, String> nextValueSql = new ConcurrentHashMap<>();

    Sequences(EntityManager em) {
        this.em = em;
    }

    public long next(String sequence) {
        String sql = nextValueSql.computeIfAbsent(sequence, name -> {
            Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
            return dialect.getSequenceSupport().getSequenceNextValString(name);
        });
        // Straight on the connection: one number needs no query parsing or result mapping.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement(sql); ResultSet value = next.executeQuery()) {
                value.next();
                return value.getLong(1);
            }
        });
    }
}
