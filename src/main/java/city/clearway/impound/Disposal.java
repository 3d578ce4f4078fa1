package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * How an unclaimed vehicle was disposed of, and where its proceeds went: toward the balance first; what they did not
 * cover was written off, what they left over ({@code surplus}) is kept for the owner to claim.
 */
@Embeddable
public class Disposal {

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_method")
    private DisposalMethod method;

    @Column(name = "disposal_reference")
    private String reference;

    @Column(name = "disposal_proceeds")
    private Long proceeds;

    @Column(name = "disposal_written_off")
    private Long writtenOff;

    @Column(name = "disposal_surplus")
    private Long surplus;

    @Column(name = "disposed_at")
    private Instant at;

    @Column(name = "disposed_by")
    private String by;

    protected Disposal() {
    }

    Disposal(DisposalMethod method, String reference, long proceeds, Instant at, String by) {
        this.method = method;
        this.reference = reference;
        this.proceeds = proceeds;
        this.at = at;
        this.by = by;
    }

    /** What the proceeds left: written off when they fell short of the balance, a surplus when they exceeded it. */
    void settled(long writtenOff, long surplus) {
        this.writtenOff = writtenOff;
        this.surplus = surplus;
    }

    public DisposalMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public long getProceeds() {
        return proceeds == null ? 0 : proceeds;
    }

    public long getWrittenOff() {
        return writtenOff == null ? 0 : writtenOff;
    }

    public long getSurplus() {
        return surplus == null ? 0 : surplus;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }
}
