package city.clearway.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ImpoundLotRepository implements PanacheRepositoryBase<ImpoundLot, String> {

    public List<ImpoundLot> allByCode() {
        return listAll(Sort.by("code"));
    }

    /**
     * Takes one place in the lot if there is one. The check and the increment are one statement, so however
     * many tows arrive at once the lot never holds more than its capacity.
     *
     * @return false when the lot is full
     */
    public boolean occupyOne(String lotCode) {
        return update("occupied = occupied + 1 where code = :code and occupied < capacity",
                Parameters.with("code", lotCode)) == 1;
    }

    /** Gives a place back when a vehicle leaves. */
    public void vacateOne(String lotCode) {
        int updated = update("occupied = occupied - 1 where code = :code and occupied > 0", Parameters.with("code", lotCode));
        if (updated != 1) {
            throw new IllegalStateException("Lot " + lotCode + " has no vehicle to release");
        }
    }
}
