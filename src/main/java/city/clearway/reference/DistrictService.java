package city.clearway.reference;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.reference.ReferenceDtos.DistrictDto;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class DistrictService {

    private final DistrictRepository districts;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    DistrictService(DistrictRepository districts, AuditLog audit, TimeSource time, Caller caller) {
        this.districts = districts;
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
        if (districts.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "district-exists", request.code());
        }
        District district = new District(request.code(), request.name().strip(), time.now());
        districts.persist(district);
        audit.record(caller.username(), AuditAction.DISTRICT_CREATED, AuditEntity.DISTRICT, district.getCode(), AuditData.of("code", district.getCode(), "name", district.getName()));
        return district;
    }
}
