package bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** The bare application's one table. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 20)
    public String plate;

    @Column(length = 200)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
