package city.clearway.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {

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
