package city.clearway.complaint;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.RateLimiter;
import city.clearway.common.Sequences;
import city.clearway.common.Sha256;
import city.clearway.common.TimeSource;
import city.clearway.reference.DistrictBoundaries;
import city.clearway.reference.ViolationType;
import city.clearway.security.ApiKey;
import city.clearway.security.ApiKeyService;
import city.clearway.violation.ImageSniffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The civic apps' side of complaints (GeoReport v2): filing a report, routing it to the district whose boundary holds
 * it, joining it to an open complaint of the same obstruction, and the reads anyone may make. Nothing a reporter said
 * about themselves is ever returned from here.
 */
@ApplicationScoped
public class Open311Service {

    public static final int REPORTER_LOOKUPS_PER_MINUTE = 30;

    /** A report this close to an open complaint of the same service... */
    static final double SAME_PLACE_METERS = 50;
    /** ...within this long of its last report is the same obstruction. */
    static final Duration SAME_TIME = Duration.ofHours(2);
    static final String SEQUENCE = "complaint_number_seq";
    static final int MAX_PHOTOS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintRepository complaints;
    private final ComplaintReportRepository reports;
    private final ComplaintUpdateRepository updates;
    private final ApiKeyService apiKeys;
    private final DistrictBoundaries boundaries;
    private final Sequences sequences;
    private final AuditLog audit;
    private final TimeSource time;
    private final RateLimiter reporterLookups = new RateLimiter(REPORTER_LOOKUPS_PER_MINUTE, Duration.ofMinutes(1));

    Open311Service(ComplaintRepository complaints, ComplaintReportRepository reports, ComplaintUpdateRepository updates,
                   ApiKeyService apiKeys, DistrictBoundaries boundaries, Sequences sequences, AuditLog audit, TimeSource time) {
        this.complaints = complaints;
        this.reports = reports;
        this.updates = updates;
        this.apiKeys = apiKeys;
        this.boundaries = boundaries;
        this.sequences = sequences;
        this.audit = audit;
        this.time = time;
    }

    /** A photo part of a report, as sent. */
    public record ReportPhoto(String part, byte[] bytes) {
    }

    /** The complaint a report made or joined, and the report itself (whose token the app may keep). */
    public record Filed(Complaint complaint, ComplaintReport report, boolean joined) {
    }

    /** A {@code 403} unless the key is one of ours and not revoked. */
    private ApiKey requireKey(String secret) {
        return apiKeys.verify(secret).orElseThrow(() -> ProblemException.withDetail(ProblemType.FORBIDDEN,
                secret == null || secret.isBlank() ? "api-key-missing" : "api-key-invalid"));
    }

    /**
     * Files a report: the key first (a {@code 403}), then the form (a {@code 400} or {@code 404}). Reports of one service
     * are decided one at a time (the intake row lock), so of two reports of the same obstruction arriving together the
     * second always finds the complaint the first made.
     */
    @Transactional
    public Filed file(String apiKey, Map<String, List<String>> fields, List<ReportPhoto> photos) {
        ApiKey key = requireKey(apiKey);
        ReportForm form = ReportForm.read(fields);
        List<Sniffed> images = sniff(photos);
        Instant now = time.now();
        ComplaintReport report = new ComplaintReport(UUID.randomUUID(), token(), key.getId(), now, form);
        String actor = "api-key:" + key.getId();

        complaints.lockIntake(form.serviceCode());
        Optional<Complaint> same = form.located() ? sameObstruction(form, now) : Optional.empty();
        Complaint complaint;
        if (same.isPresent()) {
            complaint = same.get();
            complaint.joinedBy(report);
            report.filedUnder(complaint.getId());
            reports.persist(report);
            audit.record(actor, AuditAction.COMPLAINT_REPORT_JOINED, AuditEntity.COMPLAINT, complaint.getId(), AuditData.of(
                    "serviceRequestId", complaint.getServiceRequestId(), "reportCount", complaint.getReportCount(),
                    "lat", form.lat(), "lon", form.lon(), "apiKey", key.getName()));
        } else {
            String district = form.located() ? boundaries.districtAt(form.lat(), form.lon()).orElse(null) : null;
            complaint = new Complaint(UUID.randomUUID(), Long.toString(sequences.next(SEQUENCE)), report, district);
            complaints.persist(complaint);
            report.filedUnder(complaint.getId());
            reports.persist(report);
            audit.record(actor, AuditAction.COMPLAINT_RECEIVED, AuditEntity.COMPLAINT, complaint.getId(), AuditData.of(
                    "serviceRequestId", complaint.getServiceRequestId(), "serviceCode", complaint.getServiceCode(),
                    "districtCode", district, "lat", form.lat(), "lon", form.lon(), "address", form.address(),
                    "addressId", form.addressId(), "apiKey", key.getName()));
        }
        for (Sniffed image : images) {
            reports.persistPhoto(new ComplaintPhoto(UUID.randomUUID(), report.getId(), complaint.getId(), image.sha256(),
                    image.contentType(), image.bytes()));
        }
        return new Filed(complaint, report, same.isPresent());
    }

    /** A complaint's state for its reporter's page: each client address may ask {@link #REPORTER_LOOKUPS_PER_MINUTE} times a minute. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint forReporter(String serviceRequestId, String clientAddress) {
        reporterLookups.acquire(clientAddress, time.now(), "lookup-rate");
        return byServiceRequestId(serviceRequestId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint byServiceRequestId(String serviceRequestId) {
        return complaints.byServiceRequestId(serviceRequestId).orElseThrow(() -> ProblemException.notFound("service-request", serviceRequestId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> byServiceRequestIds(Collection<String> ids) {
        return complaints.byServiceRequestIds(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> received(Instant from, Instant to, Collection<ViolationType> services, Collection<ComplaintStatus> statuses,
                                    int limit) {
        return complaints.received(from, to, services, statuses, limit);
    }

    /** The report a token names, with its complaint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filed byToken(String token) {
        ComplaintReport report = reports.byToken(token).orElseThrow(() -> ProblemException.notFound("token", token));
        return new Filed(complaints.findById(report.getComplaintId()), report, false);
    }

    /** What the city did within the period, for the reporter's app to read back; a key is required. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Update> updates(String apiKey, Instant from, Instant to, int limit) {
        requireKey(apiKey);
        return updates.between(from, to, limit).stream()
                .map(update -> new Update(update, complaints.findById(update.getComplaintId()).getServiceRequestId()))
                .toList();
    }

    /** An update with the Open311 id of its complaint. */
    public record Update(ComplaintUpdate update, String serviceRequestId) {
    }

    private Optional<Complaint> sameObstruction(ReportForm form, Instant now) {
        double lat = form.lat();
        double lon = form.lon();
        double dLat = Distance.latitudeDegrees(SAME_PLACE_METERS);
        double dLon = Distance.longitudeDegrees(SAME_PLACE_METERS, lat);
        return complaints.openInBox(form.serviceCode(), now.minus(SAME_TIME), lat - dLat, lat + dLat, lon - dLon, lon + dLon).stream()
                .filter(c -> Distance.meters(lat, lon, c.getPlace().getLat(), c.getPlace().getLon()) <= SAME_PLACE_METERS)
                .min(Comparator.comparingDouble((Complaint c) -> Distance.meters(lat, lon, c.getPlace().getLat(), c.getPlace().getLon()))
                        .thenComparing(Complaint::getReceivedAt));
    }

    private record Sniffed(String contentType, String sha256, byte[] bytes) {
    }

    private static List<Sniffed> sniff(List<ReportPhoto> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw ProblemException.badParameter("photo" + (MAX_PHOTOS + 1), "at-most", MAX_PHOTOS);
        }
        return photos.stream().map(photo -> {
            String type = ImageSniffer.contentType(photo.bytes())
                    .orElseThrow(() -> ProblemException.badParameter(photo.part(), "image"));
            return new Sniffed(type, Sha256.hex(Sha256.newDigest().digest(photo.bytes())), photo.bytes());
        }).toList();
    }

    private static String token() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
