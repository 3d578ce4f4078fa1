package city.clearway.complaint;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditEvent;
import city.clearway.audit.AuditEventRepository;
import city.clearway.audit.AuditLog;
import city.clearway.common.Messages;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sequences;
import city.clearway.common.TimeSource;
import city.clearway.impound.VehicleImpounded;
import city.clearway.reference.DistrictRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import city.clearway.security.Role;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationRegistered;
import city.clearway.violation.ViolationService;
import city.clearway.violation.ViolationSettled;
import city.clearway.violation.ViolationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The city's side of complaints: the inspectors' queue, linking the violation an inspector registered, closing what
 * was not found, routing what no boundary placed. A complaint also closes by itself when its violation's vehicle is
 * towed or the fine is settled on the spot, told by the events those features publish. Who may do what is decided here.
 */
@ApplicationScoped
public class ComplaintService {

    static final String UPDATE_SEQUENCE = "complaint_update_seq";
    /** The most complaints a queue is ordered from; nearest-first sorts within them. */
    static final int QUEUE_WINDOW = 2000;

    private final ComplaintRepository complaints;
    private final ComplaintReportRepository reports;
    private final ComplaintUpdateRepository updates;
    private final ViolationService violations;
    private final DistrictRepository districts;
    private final AuditLog audit;
    private final AuditEventRepository auditEvents;
    private final Sequences sequences;
    private final Messages messages;
    private final TimeSource time;
    private final Caller caller;

    ComplaintService(ComplaintRepository complaints, ComplaintReportRepository reports, ComplaintUpdateRepository updates,
                     ViolationService violations, DistrictRepository districts, AuditLog audit, AuditEventRepository auditEvents,
                     Sequences sequences, Messages messages, TimeSource time, Caller caller) {
        this.complaints = complaints;
        this.reports = reports;
        this.updates = updates;
        this.violations = violations;
        this.districts = districts;
        this.audit = audit;
        this.auditEvents = auditEvents;
        this.sequences = sequences;
        this.messages = messages;
        this.time = time;
        this.caller = caller;
    }

    /** A complaint in a queue, and how far it is from where the inspector stands (when they said). */
    public record Queued(Complaint complaint, Double distanceMeters) {
    }

    /**
     * A district's queue: an inspector's own district only, whatever they ask for; supervisors, auditors and
     * administrators any district or all. Nearest first when the inspector gives a position (complaints without one
     * last), else oldest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Queued> queue(String districtCode, ComplaintStatus status, Double lat, Double lon, int limit) {
        caller.require(Permission.READ_COMPLAINTS);
        String district = districtCode;
        if (!caller.seesEverything()) {
            String own = caller.districtCode();
            if (districtCode != null && !districtCode.equals(own)) {
                throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", districtCode);
            }
            district = own;
        }
        List<Complaint> found = complaints.queue(district, status == null ? ComplaintStatus.OPEN : status,
                lat == null ? limit : QUEUE_WINDOW);
        if (lat == null || lon == null) {
            return found.stream().map(complaint -> new Queued(complaint, null)).toList();
        }
        return found.stream()
                .map(complaint -> new Queued(complaint, complaint.getPlace().isLocated()
                        ? Distance.meters(lat, lon, complaint.getPlace().getLat(), complaint.getPlace().getLon()) : null))
                .sorted(Comparator.comparing(Queued::distanceMeters, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit)
                .toList();
    }

    /** A complaint the caller may see; one they may not see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(UUID id) {
        caller.require(Permission.READ_COMPLAINTS);
        return complaints.findByIdOptional(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("complaint", id));
    }

    /** What happened to a complaint, oldest first: received, reports joined, violation linked, closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> trail(Complaint complaint) {
        return auditEvents.about(AuditEntity.COMPLAINT, complaint.getId());
    }

    /** The plates reporters read, for the inspector looking for the vehicle. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> reportedPlates(Complaint complaint) {
        return reports.forComplaint(complaint.getId()).stream().map(ComplaintReport::getPlate).filter(plate -> plate != null)
                .distinct().toList();
    }

    /** The photos reporters sent, once each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintPhoto> photos(Complaint complaint) {
        Set<String> seen = new HashSet<>();
        return reports.photos(complaint.getId()).stream().filter(photo -> seen.add(photo.getSha256())).toList();
    }

    /** A photo's type and bytes. */
    public record PhotoBytes(String contentType, byte[] content) {
    }

    /** A photo of a complaint the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PhotoBytes photo(UUID complaintId, String sha256) {
        Complaint complaint = get(complaintId);
        ComplaintPhoto photo = reports.photo(complaint.getId(), sha256).orElseThrow(() -> ProblemException.notFound("photo", sha256));
        return new PhotoBytes(photo.getContentType(), photo.getContent());
    }

    /** An inspector links the violation they registered for this complaint; both must be of their district. */
    @Transactional
    public Complaint link(UUID complaintId, UUID violationId) {
        caller.require(Permission.HANDLE_COMPLAINTS);
        Violation violation = violations.get(violationId);
        if (!caller.inspectsDistrict(violation.getDistrictCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", violation.getDistrictCode());
        }
        Complaint complaint = lockVisible(complaintId);
        link(complaint, violation.getId(), violation.getDistrictCode(), violation.getStatus());
        return complaint;
    }

    /** An inspector found nothing (or a supervisor gives up on a complaint); closing twice is a {@code 409}. */
    @Transactional
    public Complaint close(UUID id, String reason) {
        caller.require(Permission.HANDLE_COMPLAINTS);
        Complaint complaint = lockVisible(id);
        if (!mayClose(complaint)) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "complaint-scope");
        }
        close(complaint, ComplaintOutcome.NOT_FOUND, reason.strip(), time.now());
        return complaint;
    }

    /** The inspectors of the complaint's district and the supervisors. */
    public boolean mayClose(Complaint complaint) {
        return caller.may(Permission.HANDLE_COMPLAINTS)
                && (caller.has(Role.SUPERVISOR) || complaint.getDistrictCode() != null && caller.inspectsDistrict(complaint.getDistrictCode()));
    }

    /** A supervisor sends a complaint no boundary placed (or placed wrongly) to a district's queue. */
    @Transactional
    public Complaint route(UUID id, String districtCode) {
        caller.require(Permission.ROUTE_COMPLAINTS);
        Complaint complaint = lockVisible(id);
        if (!districts.exists(districtCode)) {
            throw ProblemException.invalid("districtCode", "unknown-district", districtCode);
        }
        complaint.routeTo(districtCode, time.now());
        audit.record(caller.username(), AuditAction.COMPLAINT_ROUTED, AuditEntity.COMPLAINT, id, AuditData.of("districtCode", districtCode));
        return complaint;
    }

    /** A violation registered naming a complaint: linked in the registration's transaction, or the registration fails. */
    void onRegistered(@Observes ViolationRegistered registered) {
        if (registered.complaintId() == null) {
            return;
        }
        Complaint complaint = complaints.lock(registered.complaintId()).filter(this::visible)
                .orElseThrow(() -> ProblemException.invalid("complaintId", "unknown-complaint", registered.complaintId()));
        link(complaint, registered.violationId(), registered.districtCode(), ViolationStatus.REGISTERED);
    }

    void onImpounded(@Observes VehicleImpounded impounded) {
        for (Complaint complaint : complaints.openForViolation(impounded.violationId())) {
            close(complaint, ComplaintOutcome.TOWED, null, impounded.at());
        }
    }

    void onSettled(@Observes ViolationSettled settled) {
        for (Complaint complaint : complaints.openForViolation(settled.violationId())) {
            close(complaint, ComplaintOutcome.SETTLED, null, settled.at());
        }
    }

    private void link(Complaint complaint, UUID violationId, String violationDistrict, ViolationStatus violationStatus) {
        if (!violationDistrict.equals(complaint.getDistrictCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "complaint-other-district", complaint.getServiceRequestId());
        }
        Instant now = time.now();
        complaint.linkTo(violationId, now);
        audit.record(caller.username(), AuditAction.COMPLAINT_VIOLATION_LINKED, AuditEntity.COMPLAINT, complaint.getId(), AuditData.of(
                "serviceRequestId", complaint.getServiceRequestId(), "violationId", violationId, "districtCode", violationDistrict));
        publish(complaint, ComplaintStatus.OPEN, messages.get(Locale.ENGLISH, "complaint.update.linked"), now);
        // A violation dealt with before it was linked closes the complaint at once.
        if (violationStatus == ViolationStatus.IMPOUNDED || violationStatus == ViolationStatus.RELEASED) {
            close(complaint, ComplaintOutcome.TOWED, null, now);
        } else if (violationStatus == ViolationStatus.SETTLED) {
            close(complaint, ComplaintOutcome.SETTLED, null, now);
        }
    }

    private void close(Complaint complaint, ComplaintOutcome outcome, String reason, Instant at) {
        complaint.close(outcome, reason, caller.username(), at);
        audit.record(caller.username(), AuditAction.COMPLAINT_CLOSED, AuditEntity.COMPLAINT, complaint.getId(), AuditData.of(
                "serviceRequestId", complaint.getServiceRequestId(), "outcome", outcome, "reason", reason));
        publish(complaint, ComplaintStatus.CLOSED, messages.get(Locale.ENGLISH, "complaint.outcome." + outcome.name()), at);
    }

    /** What the reporter's app reads back; in English, the language of the Open311 answers. */
    private void publish(Complaint complaint, ComplaintStatus status, String description, Instant at) {
        updates.persist(new ComplaintUpdate(sequences.next(UPDATE_SEQUENCE), complaint.getId(), status, description, at));
    }

    private Complaint lockVisible(UUID id) {
        caller.require(Permission.READ_COMPLAINTS);
        return complaints.lock(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("complaint", id));
    }

    private boolean visible(Complaint complaint) {
        return caller.seesEverything() || (complaint.getDistrictCode() != null && caller.inspectsDistrict(complaint.getDistrictCode()));
    }

}
