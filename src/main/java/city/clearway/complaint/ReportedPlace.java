package city.clearway.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a reporter says the car stands and what they wrote about it, as their app sent it: a point, an address (or the
 * app's id for one), or both. A complaint keeps the place of the report that opened it.
 */
@Embeddable
public class ReportedPlace {

    @Column(updatable = false)
    private Double lat;

    @Column(updatable = false)
    private Double lon;

    @Column(updatable = false)
    private String address;

    @Column(name = "address_id", updatable = false)
    private String addressId;

    @Column(updatable = false)
    private String description;

    protected ReportedPlace() {
    }

    ReportedPlace(Double lat, Double lon, String address, String addressId, String description) {
        this.lat = lat;
        this.lon = lon;
        this.address = address;
        this.addressId = addressId;
        this.description = description;
    }

    /** The same place, for another row to keep. */
    ReportedPlace copy() {
        return new ReportedPlace(lat, lon, address, addressId, description);
    }

    public boolean isLocated() {
        return lat != null && lon != null;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLon() {
        return lon;
    }

    public String getAddress() {
        return address;
    }

    public String getAddressId() {
        return addressId;
    }

    public String getDescription() {
        return description;
    }
}
