package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WaiverRepository implements PanacheRepositoryBase<Waiver, UUID> {

    public List<Waiver> forImpound(UUID impoundId) {
        return list("impoundId", Sort.ascending("grantedAt"), impoundId);
    }
}
