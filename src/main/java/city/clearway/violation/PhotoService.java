package city.clearway.violation;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sha256;
import city.clearway.common.TimeSource;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Evidence photos: real JPEG or PNG only, at most 10 MB, stored once per violation by their SHA-256. The checks on the
 * bytes are static, for every feature that takes photos by the same rules (intake photos, citizens' reports).
 */
@ApplicationScoped
public class PhotoService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final PhotoRepository photos;
    private final ViolationService violations;
    private final ViolationRepository violationRows;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    PhotoService(PhotoRepository photos, ViolationService violations, ViolationRepository violationRows, AuditLog audit,
                 TimeSource time, Caller caller) {
        this.photos = photos;
        this.violations = violations;
        this.violationRows = violationRows;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    /** A stored photo and whether this upload stored it (or found the same bytes already there). */
    public record Upload(Photo photo, boolean created) {
    }

    /** An uploaded photo as received: the type its client declared and its bytes, not yet checked. */
    public record Received(String declaredType, byte[] bytes) {
    }

    /**
     * Reads an uploaded photo's body as the API takes it, for every feature alike: a body without a {@code Content-Type}
     * is a {@code 415}, one that says or turns out to be over the limit a {@code 413}, without reading the rest.
     */
    public static Received receive(MediaType contentType, Long contentLength, InputStream body) {
        if (contentType == null) {
            // JAX-RS lets a request without a Content-Type through to any method; a photo must say what it is.
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        if (contentLength != null && contentLength > MAX_BYTES) {
            throw tooLarge();
        }
        return new Received(contentType.getType() + "/" + contentType.getSubtype(), readLimited(body));
    }

    /** Reads the body, but never more than one byte past the limit: a {@code 413} without reading the rest. */
    public static byte[] readLimited(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            int read;
            while ((read = body.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > MAX_BYTES) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static ProblemException tooLarge() {
        return ProblemException.withDetail(ProblemType.PAYLOAD_TOO_LARGE, "photo-too-large", MAX_BYTES / (1024 * 1024));
    }

    /** What the bytes really are, JPEG or PNG, when that is what the client said they are; a {@code 415} otherwise. */
    public static String checkedType(String declaredType, byte[] bytes) {
        String actualType = ImageSniffer.contentType(bytes)
                .orElseThrow(() -> ProblemException.withDetail(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not-an-image"));
        if (!actualType.equals(declaredType)) {
            throw ProblemException.withDetail(ProblemType.UNSUPPORTED_MEDIA_TYPE, "image-type-mismatch", declaredType, actualType);
        }
        return actualType;
    }

    @Transactional
    public Upload add(UUID violationId, String declaredType, byte[] bytes) {
        caller.require(Permission.ADD_EVIDENCE);
        Violation violation = violationRows.lock(violationId)
                .filter(v -> caller.maySeeViolation(v.getDistrictCode(), v.getImpoundLotCode()))
                .orElseThrow(() -> ProblemException.notFound("violation", violationId));
        if (!caller.inspectsDistrict(violation.getDistrictCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", violation.getDistrictCode());
        }
        String actualType = checkedType(declaredType, bytes);
        String sha256 = Sha256.hex(Sha256.newDigest().digest(bytes));
        var existing = photos.forViolation(violationId, sha256);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false);
        }
        Photo photo = new Photo(violationId, sha256, bytes.length, actualType, time.now(), caller.username());
        photos.persist(photo);
        photos.persistContent(new PhotoContent(photo.getId(), bytes));
        audit.record(caller.username(), AuditAction.PHOTO_ADDED, AuditEntity.VIOLATION, violationId, AuditData.of(
                "sha256", sha256, "size", photo.getSize(), "contentType", actualType));
        return new Upload(photo, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Photo> list(UUID violationId) {
        violations.get(violationId);
        return photos.forViolation(violationId);
    }

    /** The photo and its bytes, if the caller may see the violation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PhotoBytes bytes(UUID violationId, String sha256) {
        violations.get(violationId);
        Photo photo = photos.forViolation(violationId, sha256).orElseThrow(() -> ProblemException.notFound("photo", sha256));
        byte[] content = photos.content(photo.getId()).orElseThrow(() -> ProblemException.notFound("photo", sha256));
        return new PhotoBytes(photo.getContentType(), content);
    }

    public record PhotoBytes(String contentType, byte[] content) {

        /** The photo as a response, for the API and the office pages alike. */
        public Response download() {
            return Response.ok(content, contentType).build();
        }
    }
}
