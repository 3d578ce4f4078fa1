package city.clearway.complaint;

/** Distances on the ground between two WGS 84 points, by the haversine formula on a sphere of the Earth's mean radius. */
public final class Distance {

    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private Distance() {
    }

    public static double meters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Degrees of latitude that cover at least {@code meters} north or south. */
    static double latitudeDegrees(double meters) {
        return Math.toDegrees(meters / EARTH_RADIUS_METERS);
    }

    /** Degrees of longitude that cover at least {@code meters} east or west at latitude {@code lat}. */
    static double longitudeDegrees(double meters, double lat) {
        double cos = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat))));
        return Math.toDegrees(meters / (EARTH_RADIUS_METERS * cos));
    }
}
