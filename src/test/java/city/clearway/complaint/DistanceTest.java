package city.clearway.complaint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Ground distances, and the boxes that must hold every point within a distance, at Tabriz's latitude and beyond. */
class DistanceTest {

    @Test
    void metresBetweenPointsOnTheGround() {
        assertThat(Distance.meters(38.0792, 46.2887, 38.0792, 46.2887)).isZero();
        // One thousandth of a degree of latitude is about 111 m anywhere.
        assertThat(Distance.meters(38.0, 46.0, 38.001, 46.0)).isCloseTo(111.2, within(0.2));
        // A degree of longitude shrinks with the cosine of the latitude.
        assertThat(Distance.meters(38.0, 46.0, 38.0, 46.001)).isCloseTo(111.2 * Math.cos(Math.toRadians(38)), within(0.2));
        // Tabriz to Tehran, about 530 km as the crow flies.
        assertThat(Distance.meters(38.0800, 46.2919, 35.6892, 51.3890) / 1000).isCloseTo(530, within(15.0));
    }

    @Test
    void theSearchBoxHoldsEveryPointWithinTheDistance() {
        for (double lat : new double[] {0, 38.08, 60, -45}) {
            double dLat = Distance.latitudeDegrees(50);
            double dLon = Distance.longitudeDegrees(50, lat);
            assertThat(Distance.meters(lat, 10, lat + dLat, 10)).isCloseTo(50, within(0.01));
            assertThat(Distance.meters(lat, 10, lat, 10 + dLon)).isGreaterThanOrEqualTo(49.99);
        }
    }
}
