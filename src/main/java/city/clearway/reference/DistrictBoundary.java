package city.clearway.reference;

import city.clearway.common.ProblemException.FieldProblem;
import city.clearway.common.ProblemException;
import city.clearway.reference.ReferenceDtos.GeoJsonPolygon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.List;

/**
 * A district's boundary read from a GeoJSON Polygon (RFC 7946 §3.1.6): a list of linear rings, the first the outer
 * edge and any others holes, each position {@code [longitude, latitude]} in WGS 84. A boundary that is not a simple,
 * closed polygon would route complaints unpredictably, so anything else is refused naming the ring or position at fault.
 */
public final class DistrictBoundary {

    static final String TYPE = "Polygon";
    static final int MAX_RINGS = 100;
    static final int MAX_POSITIONS = 20_000;
    private static final int MIN_RING_POSITIONS = 4;
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private DistrictBoundary() {
    }

    /** The polygon, or a {@code 422} naming each fault under {@code field} (e.g. {@code boundary.coordinates[0][3]}). */
    public static Polygon read(GeoJsonPolygon geoJson, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!TYPE.equals(geoJson.type())) {
            problems.add(new FieldProblem(field + ".type", "one-of", TYPE));
        }
        List<List<List<Double>>> rings = geoJson.coordinates();
        if (rings == null || rings.isEmpty()) {
            problems.add(new FieldProblem(field + ".coordinates", "required"));
            throw ProblemException.invalid(problems);
        }
        if (rings.size() > MAX_RINGS) {
            throw ProblemException.invalid(field + ".coordinates", "at-most", MAX_RINGS);
        }
        int total = rings.stream().mapToInt(ring -> ring == null ? 0 : ring.size()).sum();
        if (total > MAX_POSITIONS) {
            throw ProblemException.invalid(field + ".coordinates", "at-most", MAX_POSITIONS);
        }
        List<LinearRing> linearRings = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            String ringField = field + ".coordinates[" + r + "]";
            Coordinate[] coordinates = ring(rings.get(r), ringField, problems);
            if (coordinates != null) {
                linearRings.add(GEOMETRY.createLinearRing(coordinates));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Polygon polygon = GEOMETRY.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw ProblemException.invalid(field + ".coordinates", "polygon-invalid", error.getMessage(),
                    at == null ? "" : at.x + ", " + at.y);
        }
        return polygon;
    }

    private static Coordinate[] ring(List<List<Double>> positions, String field, List<FieldProblem> problems) {
        if (positions == null || positions.size() < MIN_RING_POSITIONS) {
            problems.add(new FieldProblem(field, "ring-too-short", MIN_RING_POSITIONS));
            return null;
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        boolean readable = true;
        for (int p = 0; p < positions.size(); p++) {
            List<Double> position = positions.get(p);
            String positionField = field + "[" + p + "]";
            if (position == null || position.size() < 2 || position.size() > 3 || position.stream().anyMatch(java.util.Objects::isNull)) {
                problems.add(new FieldProblem(positionField, "position"));
                readable = false;
                continue;
            }
            double lon = position.get(0);
            double lat = position.get(1);
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                problems.add(new FieldProblem(positionField, "position-out-of-range"));
                readable = false;
                continue;
            }
            coordinates[p] = new Coordinate(lon, lat);
        }
        if (!readable) {
            return null;
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problems.add(new FieldProblem(field, "ring-not-closed"));
            return null;
        }
        return coordinates;
    }
}
