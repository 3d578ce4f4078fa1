package city.clearway.fee;

import city.clearway.common.CityTime;
import city.clearway.common.Rials;
import city.clearway.fee.TariffDtos.TariffView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(uses = CityTime.class, imports = Rials.class)
public interface TariffMapper {

    @Mapping(target = "version", source = "tariff.version")
    @Mapping(target = "effectiveFrom", source = "tariff.effectiveFrom")
    @Mapping(target = "createdAt", source = "tariff.createdAt")
    @Mapping(target = "createdBy", source = "tariff.createdBy")
    @Mapping(target = "fines", source = "terms.fines")
    @Mapping(target = "towFees", source = "terms.towFees")
    @Mapping(target = "storagePerDay", source = "terms.storagePerDay")
    @Mapping(target = "storageGraceHours", source = "terms.storageGraceHours")
    @Mapping(target = "vatPercent", source = "terms.vatPercent")
    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    TariffView toView(Tariff tariff, TariffTerms terms);

    default TariffView toView(Tariff tariff) {
        return toView(tariff, tariff.terms());
    }

    default List<TariffView> toViews(List<Tariff> tariffs) {
        return tariffs.stream().map(this::toView).toList();
    }
}
