package city.clearway.reference;

import city.clearway.common.ProblemException;
import city.clearway.reference.ReferenceDtos.GeoJsonPolygon;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a boundary: a closed, simple GeoJSON polygon on the globe. */
class DistrictBoundaryTest {

    private static List<Double> at(double lon, double lat) {
        return List.of(lon, lat);
    }

    private static GeoJsonPolygon square(double lon, double lat, double side) {
        return new GeoJsonPolygon("Polygon", List.of(List.of(at(lon, lat), at(lon + side, lat), at(lon + side, lat + side),
                at(lon, lat + side), at(lon, lat))));
    }

    private static List<String> faults(GeoJsonPolygon polygon) {
        try {
            DistrictBoundary.read(polygon, "boundary");
        } catch (ProblemException e) {
            return e.fields().stream().map(f -> f.field() + " " + f.messageKey()).toList();
        }
        throw new AssertionError("accepted " + polygon);
    }

    @Test
    void aSquareWithAHoleIsABoundary() {
        GeoJsonPolygon withHole = new GeoJsonPolygon("Polygon", List.of(square(46.0, 38.0, 1.0).coordinates().get(0),
                square(46.4, 38.4, 0.2).coordinates().get(0)));
        Polygon polygon = DistrictBoundary.read(withHole, "boundary");
        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getArea()).isCloseTo(1.0 - 0.04, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void onlyPolygonsAreAccepted() {
        assertThat(faults(new GeoJsonPolygon("MultiPolygon", square(46, 38, 1).coordinates()))).containsExactly("boundary.type one-of");
    }

    @Test
    void aRingMustBeClosedAndHaveFourPositions() {
        assertThat(faults(new GeoJsonPolygon("Polygon", List.of(List.of(at(46, 38), at(47, 38), at(47, 39), at(46, 39))))))
                .containsExactly("boundary.coordinates[0] ring-not-closed");
        assertThat(faults(new GeoJsonPolygon("Polygon", List.of(List.of(at(46, 38), at(47, 38), at(46, 38))))))
                .containsExactly("boundary.coordinates[0] ring-too-short");
        assertThat(faults(new GeoJsonPolygon("Polygon", List.of()))).containsExactly("boundary.coordinates required");
    }

    @Test
    void positionsMustBeOnTheGlobe() {
        GeoJsonPolygon outside = new GeoJsonPolygon("Polygon", List.of(List.of(at(46, 38), at(181, 38), at(47, 39), at(46, 91), at(46, 38))));
        assertThat(faults(outside)).containsExactly("boundary.coordinates[0][1] position-out-of-range",
                "boundary.coordinates[0][3] position-out-of-range");
        GeoJsonPolygon oneNumber = new GeoJsonPolygon("Polygon", List.of(List.of(at(46, 38), List.of(47.0), at(47, 39), at(46, 38))));
        assertThat(faults(oneNumber)).containsExactly("boundary.coordinates[0][1] position");
    }

    @Test
    void aBowTieCrossesItselfAndIsRefused() {
        GeoJsonPolygon bowTie = new GeoJsonPolygon("Polygon", List.of(List.of(at(46, 38), at(47, 39), at(47, 38), at(46, 39), at(46, 38))));
        assertThat(faults(bowTie)).containsExactly("boundary.coordinates polygon-invalid");
    }
}
