package city.clearway.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Which instance of the service runs a scheduled job, until when. */
@Entity
@Table(name = "job_lease")
class JobLease {

    @Id
    private String job;

    @Column(nullable = false)
    private String holder;

    @Column(name = "held_until", nullable = false)
    private Instant heldUntil;

    protected JobLease() {
    }

    JobLease(String job, String holder, Instant heldUntil) {
        this.job = job;
        this.holder = holder;
        this.heldUntil = heldUntil;
    }
}
