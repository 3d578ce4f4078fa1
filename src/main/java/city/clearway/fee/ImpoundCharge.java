package city.clearway.fee;

import city.clearway.fee.FeeCalculator.ChargeLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** One charge line as it stood when the vehicle was released: what was owed, kept exactly as it was. */
@Entity
@Immutable
@Table(name = "impound_charge")
public class ImpoundCharge {

    @Embeddable
    public record Key(@Column(name = "impound_id") UUID impoundId, @Column(name = "line_no") int lineNo) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeeKind kind;

    @Column(nullable = false)
    private long amount;

    @Column(name = "tariff_version", nullable = false)
    private int tariffVersion;

    @Column(nullable = false)
    private long quantity;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal rate;

    protected ImpoundCharge() {
    }

    ImpoundCharge(UUID impoundId, int lineNo, ChargeLine line) {
        this.key = new Key(impoundId, lineNo);
        this.kind = line.kind();
        this.amount = line.amount();
        this.tariffVersion = line.tariffVersion();
        this.quantity = line.quantity();
        this.rate = line.rate().setScale(2);
    }

    ChargeLine line() {
        return new ChargeLine(kind, amount, tariffVersion, quantity, rate);
    }
}
