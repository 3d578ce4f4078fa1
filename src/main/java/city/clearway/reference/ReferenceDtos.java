package city.clearway.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What crosses the wire for districts and lots. */
public final class ReferenceDtos {

    private ReferenceDtos() {
    }

    public record DistrictDto(
            @NotNull @Pattern(regexp = "^[A-Z]{3}[0-9]{2}$", message = "{clearway.district-code}") String code,
            @NotBlank @Size(max = 200) String name,
            @Valid GeoJsonPolygon boundary) {
    }

    /** A district's new name and boundary; without a boundary, the district has none any more. */
    public record DistrictUpdate(@NotBlank @Size(max = 200) String name, @Valid GeoJsonPolygon boundary) {
    }

    /** A GeoJSON Polygon (RFC 7946): rings of {@code [longitude, latitude]} positions, the first the outer edge. */
    public record GeoJsonPolygon(@NotNull String type, @NotNull List<List<List<Double>>> coordinates) {
    }

    public record ImpoundLotCreate(
            @NotNull @Pattern(regexp = "^[A-Z0-9-]{2,20}$", message = "{clearway.lot-code}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull String districtCode,
            @NotBlank @Size(max = 500) String address,
            @NotNull @Min(1) @Max(100000) Integer capacity) {
    }

    public record ImpoundLotView(String code, String name, String districtCode, String address, int capacity, int occupied) {
    }
}
