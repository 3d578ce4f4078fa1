package city.clearway.reference;

import city.clearway.reference.ReferenceDtos.GeoJsonPolygon;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** A boundary as the GeoJSON text it is stored as, and back. */
@ApplicationScoped
public class BoundaryJson {

    private final ObjectMapper json;

    BoundaryJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(GeoJsonPolygon polygon) {
        if (polygon == null) {
            return null;
        }
        try {
            return json.writeValueAsString(polygon);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A polygon of numbers is always writable", e);
        }
    }

    public GeoJsonPolygon read(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, GeoJsonPolygon.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored boundary is not GeoJSON", e);
        }
    }
}
