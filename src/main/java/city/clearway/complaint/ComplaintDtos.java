package city.clearway.complaint;

import city.clearway.audit.AuditDtos.AuditEventView;
import city.clearway.reference.ViolationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for the inspectors' complaint queue. Reporters' contact details never do. */
public final class ComplaintDtos {

    private ComplaintDtos() {
    }

    public record ComplaintView(UUID id, String serviceRequestId, ViolationType serviceCode, String districtCode, Double lat, Double lon,
                                String address, String description, int reportCount, ComplaintStatus status,
                                OffsetDateTime receivedAt, OffsetDateTime updatedAt, Double distanceMeters) {
    }

    public record ComplaintPage(List<ComplaintView> items) {
    }

    public record ComplaintDetail(UUID id, String serviceRequestId, ViolationType serviceCode, String districtCode, Double lat, Double lon,
                                  String address, String addressId, String description, String mediaUrl, int reportCount,
                                  ComplaintStatus status, ComplaintOutcome outcome, OffsetDateTime receivedAt, OffsetDateTime updatedAt,
                                  UUID violationId, OffsetDateTime closedAt, String closedBy, String closeReason,
                                  List<String> reportedPlates, List<PhotoView> photos, List<AuditEventView> trail) {
    }

    /** A reporter's photo, served at {@code /api/v1/complaints/{id}/photos/{sha256}}. */
    public record PhotoView(String sha256, long size, String contentType) {
    }

    public record LinkRequest(@NotNull UUID violationId) {
    }

    public record CloseRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record RouteRequest(@NotBlank String districtCode) {
    }
}
