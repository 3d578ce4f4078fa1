package city.clearway.reference;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.reference.ReferenceDtos.ImpoundLotCreate;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class ImpoundLotService {

    private final ImpoundLotRepository lots;
    private final DistrictRepository districts;
    private final AuditLog audit;
    private final TimeSource time;

    private final Caller caller;

    ImpoundLotService(ImpoundLotRepository lots, DistrictRepository districts, AuditLog audit, TimeSource time, Caller caller) {
        this.lots = lots;
        this.districts = districts;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImpoundLot> list() {
        return lots.allByCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImpoundLot get(String code) {
        return lots.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("impound-lot", code));
    }

    @Transactional
    public ImpoundLot create(ImpoundLotCreate request) {
        caller.require(Permission.MANAGE_REFERENCE_DATA);
        if (!districts.exists(request.districtCode())) {
            throw ProblemException.invalid("districtCode", "unknown-district", request.districtCode());
        }
        if (lots.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "lot-exists", request.code());
        }
        ImpoundLot lot = new ImpoundLot(request.code(), request.name().strip(), request.districtCode(), request.address().strip(),
                request.capacity(), time.now());
        lots.persist(lot);
        audit.record(caller.username(), AuditAction.LOT_CREATED, AuditEntity.LOT, lot.getCode(), AuditData.of(
                "code", lot.getCode(), "name", lot.getName(), "districtCode", lot.getDistrictCode(),
                "address", lot.getAddress(), "capacity", lot.getCapacity()));
        return lot;
    }
}
