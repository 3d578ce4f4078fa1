package city.clearway.reference;

import city.clearway.security.Workplaces;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ReferenceWorkplaces implements Workplaces {

    private final DistrictRepository districts;
    private final ImpoundLotRepository lots;

    ReferenceWorkplaces(DistrictRepository districts, ImpoundLotRepository lots) {
        this.districts = districts;
        this.lots = lots;
    }

    @Override
    public boolean districtExists(String code) {
        return districts.exists(code);
    }

    @Override
    public boolean lotExists(String code) {
        return lots.findByIdOptional(code).isPresent();
    }
}
