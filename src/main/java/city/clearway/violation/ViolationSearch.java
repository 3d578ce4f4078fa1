package city.clearway.violation;

import city.clearway.reference.ViolationType;

import java.time.Instant;

/** The filters of a violation search; absent filters are {@code null}. */
public record ViolationSearch(String plate, String districtCode, ViolationStatus status, ViolationType violationType,
                              String inspector, Instant from, Instant to, int limit, ViolationCursor after) {

    ViolationSearch inDistrict(String district) {
        return new ViolationSearch(plate, district, status, violationType, inspector, from, to, limit, after);
    }

    ViolationSearch page(int size, ViolationCursor start) {
        return new ViolationSearch(plate, districtCode, status, violationType, inspector, from, to, size, start);
    }
}
