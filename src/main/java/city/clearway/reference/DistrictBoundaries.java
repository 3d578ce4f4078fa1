package city.clearway.reference;

import city.clearway.common.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which district a point lies in, by the boundaries administrators drew. The boundaries are parsed once and kept for
 * {@link #KEEP_FOR}: this replica forgets them as soon as a change made here commits, and another replica picks up the
 * change when its copy runs out, so no replica routes by an old boundary for longer than that.
 */
@ApplicationScoped
public class DistrictBoundaries {

    static final Duration KEEP_FOR = Duration.ofSeconds(30);
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private record Area(String districtCode, PreparedGeometry shape) {
    }

    private record Kept(List<Area> areas, Instant until) {
    }

    private final DistrictRepository districts;
    private final BoundaryJson boundaryJson;
    private final TimeSource time;
    private volatile Kept kept;

    DistrictBoundaries(DistrictRepository districts, BoundaryJson boundaryJson, TimeSource time) {
        this.districts = districts;
        this.boundaryJson = boundaryJson;
        this.time = time;
    }

    /** Published by {@link DistrictService} when a district's boundary is set or removed. */
    record BoundaryChanged(String districtCode) {
    }

    /**
     * The district whose boundary covers the point (its edge included); when boundaries overlap, the one with the
     * lowest code, so the answer never depends on the order rows come back in. Empty outside every boundary.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> districtAt(double lat, double lon) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return areas().stream().filter(area -> area.shape().covers(point)).map(Area::districtCode).findFirst();
    }

    /** After the commit: forgetting earlier would let a request still reading the old boundary keep it again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoundaryChanged change) {
        kept = null;
    }

    private List<Area> areas() {
        Kept current = kept;
        Instant now = time.now();
        if (current != null && current.until().isAfter(now)) {
            return current.areas();
        }
        List<Area> areas = districts.withBoundary().stream()
                .map(district -> new Area(district.getCode(),
                        PreparedGeometryFactory.prepare(DistrictBoundary.read(boundaryJson.read(district.getBoundary()), "boundary"))))
                .toList();
        kept = new Kept(areas, now.plus(KEEP_FOR));
        return areas;
    }
}
