package city.clearway.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {

    /**
     * Codes found to exist. No district is ever deleted (nothing removes one, and violations, lots and accounts refer
     * to it), so a code once found stays true on every instance of the service; a code not found is asked again.
     */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Whether the district exists: a registration asks this each time, so a known code costs no query. */
    public boolean exists(String code) {
        if (known.contains(code)) {
            return true;
        }
        boolean found = count("code", code) > 0;
        if (found) {
            known.add(code);
        }
        return found;
    }

    public List<District> allByCode() {
        return listAll(Sort.by("code"));
    }

    /** The districts that have a boundary, by code: where complaints can be routed. */
    public List<District> withBoundary() {
        return list("boundary is not null", Sort.by("code"));
    }

    public Optional<District> lock(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
