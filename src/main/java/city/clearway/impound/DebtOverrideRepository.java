package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DebtOverrideRepository implements PanacheRepositoryBase<DebtOverride, UUID> {

    /** Oldest first. */
    public List<DebtOverride> forImpound(UUID impoundId) {
        return find("impoundId = ?1 order by recordedAt, id", impoundId).list();
    }

    public boolean anyFor(UUID impoundId) {
        return count("impoundId", impoundId) > 0;
    }
}
