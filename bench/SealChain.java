import city.clearway.audit.HashChain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Seals the audit events a bulk seed appended (sequence empty) into the hash chain, as the service's AuditSealer does,
 * with the service's own HashChain, but in one pass: the events are read in pages by id and updated in JDBC batches,
 * under the chain head's row lock, committing every page. The AuditSealer reads its next 500 by "sequence is null order
 * by id", which for a backlog of millions costs a read of the whole backlog per batch on H2; this is for the scale
 * benchmark's seed only, run while nothing else writes.
 *
 *   java -cp <the service's app jar>:<the JDBC driver jar> bench/SealChain.java <jdbc url> <user> <password>
 */
public class SealChain {

    private static final int PAGE = 10_000;

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        long sealed = 0;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "")) {
            db.setAutoCommit(false);
            long after = Long.MIN_VALUE;
            while (true) {
                long sequence;
                String hash;
                try (Statement head = db.createStatement();
                     ResultSet row = head.executeQuery("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                    row.next();
                    sequence = row.getLong(1);
                    hash = row.getString(2);
                }
                int count = 0;
                try (PreparedStatement page = db.prepareStatement("SELECT id, at, actor, action, entity_type, entity_id, data FROM audit_event"
                        + " WHERE id > ? AND sequence IS NULL ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY");
                     PreparedStatement seal = db.prepareStatement(
                             "UPDATE audit_event SET sequence = ?, previous_hash = ?, hash = ? WHERE id = ? AND sequence IS NULL")) {
                    page.setLong(1, after);
                    try (ResultSet events = page.executeQuery()) {
                        while (events.next()) {
                            long id = events.getLong(1);
                            Instant at = events.getObject(2, OffsetDateTime.class).toInstant();
                            String next = HashChain.hash(hash, sequence + 1, at, events.getString(3), events.getString(4),
                                    events.getString(5), events.getString(6), events.getString(7));
                            seal.setLong(1, sequence + 1);
                            seal.setString(2, hash);
                            seal.setString(3, next);
                            seal.setLong(4, id);
                            seal.addBatch();
                            sequence++;
                            hash = next;
                            after = id;
                            count++;
                        }
                    }
                    for (int updated : seal.executeBatch()) {
                        if (updated != 1 && updated != Statement.SUCCESS_NO_INFO) {
                            throw new IllegalStateException("an event was sealed meanwhile: stop everything else that writes");
                        }
                    }
                }
                if (count == 0) {
                    db.rollback();
                    break;
                }
                try (PreparedStatement head = db.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
                    head.setLong(1, sequence);
                    head.setString(2, hash);
                    head.executeUpdate();
                }
                db.commit();
                sealed += count;
            }
        }
        System.out.printf("sealed=%d seconds=%.1f%n", sealed, (System.nanoTime() - started) / 1e9);
    }
}
