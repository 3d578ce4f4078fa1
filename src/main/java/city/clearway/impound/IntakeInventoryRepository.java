package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntakeInventoryRepository implements PanacheRepositoryBase<IntakeInventory, UUID> {

    /** Oldest first. */
    public List<IntakeInventory> versionsOf(UUID impoundId) {
        return list("impoundId", Sort.ascending("version"), impoundId);
    }

    public Optional<IntakeInventory> latestOf(UUID impoundId) {
        return find("impoundId", Sort.descending("version"), impoundId).firstResultOptional();
    }

    /** The number the next version takes; read under the impound's row lock, and held unique by the database. */
    int nextVersion(UUID impoundId) {
        Integer last = getEntityManager()
                .createQuery("select max(i.version) from IntakeInventory i where i.impoundId = :impound", Integer.class)
                .setParameter("impound", impoundId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
