package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TariffRepository implements PanacheRepositoryBase<Tariff, Integer> {

    /** The version in force at that moment: the latest one effective at or before it. */
    public Optional<Tariff> inForceAt(Instant at) {
        return find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), at).firstResultOptional();
    }

    /** Only the version number in force at that moment: cheap enough for every registration. */
    public Optional<Integer> versionInForceAt(Instant at) {
        return getEntityManager()
                .createQuery("select t.version from Tariff t where t.effectiveFrom <= :at order by t.effectiveFrom desc", Integer.class)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Tariff> latest() {
        return find("from Tariff", Sort.descending("version")).firstResultOptional();
    }

    public List<Tariff> newestFirst() {
        return listAll(Sort.descending("version"));
    }
}
