package city.clearway.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {

    public List<District> allByCode() {
        return listAll(Sort.by("code"));
    }
}
