package city.clearway.impound;

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
import city.clearway.violation.PhotoService;
import city.clearway.violation.PhotoService.PhotoBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Photos of a vehicle at intake, by the rules of evidence photos ({@link PhotoService}): real JPEG or PNG only, at most
 * 10 MB, stored once per impound by their SHA-256. Taken by a clerk of the impound's lot while the car is there; seen
 * by whoever may see the impound.
 */
@ApplicationScoped
public class IntakePhotoService {

    private final ImpoundRepository impounds;
    private final ImpoundService impoundReads;
    private final IntakePhotoRepository photos;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    IntakePhotoService(ImpoundRepository impounds, ImpoundService impoundReads, IntakePhotoRepository photos, AuditLog audit,
                       TimeSource time, Caller caller) {
        this.impounds = impounds;
        this.impoundReads = impoundReads;
        this.photos = photos;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    /** A stored photo and whether this upload stored it (or found the same bytes already there). */
    public record Upload(IntakePhoto photo, boolean created) {
    }

    @Transactional
    public Upload add(UUID impoundId, String declaredType, byte[] bytes) {
        caller.require(Permission.RECORD_INVENTORY);
        // Locked, not bumped: a photo adds evidence, it does not change what the release hands over.
        Impound impound = impounds.lockForRelease(impoundId)
                .filter(found -> caller.maySeeImpound(found.getLotCode(), found.getViolation().getDistrictCode()))
                .orElseThrow(() -> ProblemException.notFound("impound", impoundId));
        if (!caller.clerksAtLot(impound.getLotCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", impound.getLotCode());
        }
        impound.getStatus().requireInLot();
        String actualType = PhotoService.checkedType(declaredType, bytes);
        String sha256 = Sha256.hex(Sha256.newDigest().digest(bytes));
        var existing = photos.forImpound(impoundId, sha256);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false);
        }
        IntakePhoto photo = new IntakePhoto(impoundId, sha256, bytes.length, actualType, time.now(), caller.username());
        photos.persist(photo);
        photos.persistContent(new IntakePhotoContent(photo.getId(), bytes));
        audit.record(caller.username(), AuditAction.INTAKE_PHOTO_ADDED, AuditEntity.IMPOUND, impoundId, AuditData.of(
                "sha256", sha256, "size", photo.getSize(), "contentType", actualType));
        return new Upload(photo, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IntakePhoto> list(UUID impoundId) {
        return photos.forImpound(impoundReads.get(impoundId).getId());
    }

    /** The photo and its bytes, if the caller may see the impound. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PhotoBytes bytes(UUID impoundId, String sha256) {
        impoundReads.get(impoundId);
        IntakePhoto photo = photos.forImpound(impoundId, sha256).orElseThrow(() -> ProblemException.notFound("intake-photo", sha256));
        byte[] content = photos.content(photo.getId()).orElseThrow(() -> ProblemException.notFound("intake-photo", sha256));
        return new PhotoBytes(photo.getContentType(), content);
    }
}
