package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImpoundChargeRepository implements PanacheRepositoryBase<ImpoundCharge, ImpoundCharge.Key> {

    public List<ImpoundCharge> frozenFor(UUID impoundId) {
        return list("key.impoundId = ?1 order by key.lineNo", impoundId);
    }
}
