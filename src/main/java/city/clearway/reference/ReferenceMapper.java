package city.clearway.reference;

import city.clearway.reference.ReferenceDtos.DistrictDto;
import city.clearway.reference.ReferenceDtos.ImpoundLotView;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper(uses = BoundaryJson.class)
public interface ReferenceMapper {

    DistrictDto toDto(District district);

    List<DistrictDto> toDistrictDtos(List<District> districts);

    ImpoundLotView toView(ImpoundLot lot);

    List<ImpoundLotView> toLotViews(List<ImpoundLot> lots);
}
