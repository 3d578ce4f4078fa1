package city.clearway.reference;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.reference.DistrictBoundaries.BoundaryChanged;
import city.clearway.reference.ReferenceDtos.DistrictDto;
import city.clearway.reference.ReferenceDtos.DistrictUpdate;
import city.clearway.reference.ReferenceDtos.GeoJsonPolygon;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;

@ApplicationScoped
public class DistrictService {

    private final DistrictRepository districts;
    private final BoundaryJson boundaryJson;
    private final Event<BoundaryChanged> boundaryChanged;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    DistrictService(DistrictRepository districts, BoundaryJson boundaryJson, Event<BoundaryChanged> boundaryChanged, AuditLog audit,
                    TimeSource time, Caller caller) {
        this.districts = districts;
        this.boundaryJson = boundaryJson;
        this.boundaryChanged = boundaryChanged;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<District> list() {
        return districts.allByCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public District get(String code) {
        return districts.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("district", code));
    }

    @Transactional
    public District create(DistrictDto request) {
        caller.require(Permission.MANAGE_REFERENCE_DATA);
        String boundary = boundary(request.boundary());
        if (districts.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "district-exists", request.code());
        }
        District district = new District(request.code(), request.name().strip(), boundary, time.now());
        districts.persist(district);
        audit.record(caller.username(), AuditAction.DISTRICT_CREATED, AuditEntity.DISTRICT, district.getCode(), AuditData.of(
                "code", district.getCode(), "name", district.getName(),
                "boundary", boundary));
        if (boundary != null) {
            boundaryChanged.fire(new BoundaryChanged(district.getCode()));
        }
        return district;
    }

    /** Renames a district and sets, replaces or (when absent) removes its boundary. */
    @Transactional
    public District update(String code, DistrictUpdate request) {
        caller.require(Permission.MANAGE_REFERENCE_DATA);
        String boundary = boundary(request.boundary());
        District district = districts.lock(code).orElseThrow(() -> ProblemException.notFound("district", code));
        boolean moved = !Objects.equals(district.getBoundary(), boundary);
        district.change(request.name().strip(), boundary, time.now());
        audit.record(caller.username(), AuditAction.DISTRICT_CHANGED, AuditEntity.DISTRICT, code, AuditData.of("name", district.getName(), "boundary", boundary));
        if (moved) {
            boundaryChanged.fire(new BoundaryChanged(code));
        }
        return district;
    }

    /** The boundary as stored, once it is known to be a valid polygon. */
    private String boundary(GeoJsonPolygon polygon) {
        if (polygon == null) {
            return null;
        }
        DistrictBoundary.read(polygon, "boundary");
        return boundaryJson.write(polygon);
    }

}
