package city.clearway.violation;

import city.clearway.common.Sha256;
import city.clearway.plate.Plate;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;

import java.time.Instant;

/** What an inspector submitted for one violation, read and checked, with a fingerprint of its content. */
record Submission(Plate plate, VehicleClass vehicleClass, ViolationType violationType, String districtCode,
                  double lat, double lon, String address, Instant observedAt, String note) {

    /** Same content, same hash; whichever spelling of the plate was used. */
    String hash() {
        String canonical = String.join("\u001F", plate.canonical(), vehicleClass.name(), violationType.name(), districtCode,
                Double.toString(lat), Double.toString(lon), String.valueOf(address), observedAt.toString(), String.valueOf(note));
        return Sha256.hex(canonical);
    }
}
