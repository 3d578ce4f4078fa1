package city.clearway.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One of the city's districts; inspectors are bound to one. An administrator may rename it and draw its boundary, so
 * it is read from the database rather than kept in a cache that another replica would not know to refresh.
 */
@Entity
@Table(name = "district")
public class District {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** A GeoJSON Polygon, as text: checked when it was set (see {@link DistrictBoundary}). */
    @Column
    private String boundary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected District() {
    }

    public District(String code, String name, String boundary, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.boundary = boundary;
        this.createdAt = createdAt;
    }

    void change(String name, String boundary, Instant at) {
        this.name = name;
        this.boundary = boundary;
        this.updatedAt = at;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBoundary() {
        return boundary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
