package city.clearway.violation;

import city.clearway.common.CityTime;
import city.clearway.common.Rials;
import city.clearway.violation.ViolationDtos.CancellationDto;
import city.clearway.violation.ViolationDtos.LocationDto;
import city.clearway.violation.ViolationDtos.MoneyDto;
import city.clearway.violation.ViolationDtos.PhotoView;
import city.clearway.violation.ViolationDtos.ViolationView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import java.util.List;

@Mapper(uses = CityTime.class)
public interface ViolationMapper {

    @Mapping(target = "location", source = ".")
    @Mapping(target = "fine", source = ".")
    @Mapping(target = "cancellation", source = ".", qualifiedByName = "cancellationIfAny")
    ViolationView toView(Violation violation);

    List<ViolationView> toViews(List<Violation> violations);

    PhotoView toView(Photo photo);

    List<PhotoView> toPhotoViews(List<Photo> photos);

    default LocationDto location(Violation violation) {
        return new LocationDto(violation.getLat(), violation.getLon(), violation.getAddress());
    }

    default MoneyDto fine(Violation violation) {
        return new MoneyDto(violation.getFineAmount(), Rials.CURRENCY, violation.getFineTariffVersion());
    }

    @Named("cancellationOf")
    @Mapping(target = "reason", source = "cancelReason")
    CancellationDto cancellationOf(Violation violation);

    @Named("cancellationIfAny")
    default CancellationDto cancellation(Violation violation) {
        return violation.getCancelledAt() == null ? null : cancellationOf(violation);
    }
}
