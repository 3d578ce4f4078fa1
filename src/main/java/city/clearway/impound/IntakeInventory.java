package city.clearway.impound;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of what a vehicle carried and how it looked when it entered the lot (PRODUCT §9). Never edited: a
 * correction is the next version, so what the owner was shown at any time can still be read.
 */
@Entity
@Immutable
@Table(name = "impound_inventory")
public class IntakeInventory {

    @Id
    private UUID id;

    @Column(name = "impound_id", nullable = false)
    private UUID impoundId;

    @Column(nullable = false)
    private int version;

    @Column(name = "keys_received", nullable = false)
    private boolean keysReceived;

    private Integer odometer;

    @Enumerated(EnumType.STRING)
    private FuelLevel fuel;

    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "impound_inventory_damage", joinColumns = @JoinColumn(name = "inventory_id"))
    @OrderColumn(name = "line_no")
    private List<Damage> damage = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "impound_inventory_item", joinColumns = @JoinColumn(name = "inventory_id"))
    @OrderColumn(name = "line_no")
    private List<Item> items = new ArrayList<>();

    protected IntakeInventory() {
    }

    IntakeInventory(UUID impoundId, int version, List<Damage> damage, Integer odometer, FuelLevel fuel, List<Item> items,
                    boolean keysReceived, String notes, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.impoundId = impoundId;
        this.version = version;
        this.damage = new ArrayList<>(damage);
        this.odometer = odometer;
        this.fuel = fuel;
        this.items = new ArrayList<>(items);
        this.keysReceived = keysReceived;
        this.notes = notes;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A damaged part and what is wrong with it. */
    @Embeddable
    public record Damage(@Column(nullable = false) String part, @Column(nullable = false) String description) {
    }

    /** Something left in the vehicle, and how many. */
    @Embeddable
    public record Item(@Column(nullable = false) String description, @Column(nullable = false) int quantity) {
    }

    public UUID getId() {
        return id;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public int getVersion() {
        return version;
    }

    public boolean isKeysReceived() {
        return keysReceived;
    }

    public Integer getOdometer() {
        return odometer;
    }

    public FuelLevel getFuel() {
        return fuel;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<Damage> getDamage() {
        return List.copyOf(damage);
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }
}
