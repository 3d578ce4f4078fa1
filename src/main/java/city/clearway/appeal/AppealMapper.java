package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.AppealView;
import city.clearway.appeal.AppealDtos.RefundView;
import city.clearway.common.CityTime;
import city.clearway.common.Rials;
import city.clearway.fee.Refund;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(uses = CityTime.class, imports = Rials.class)
public interface AppealMapper {

    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    AppealView toView(Appeal appeal);

    List<AppealView> toViews(List<Appeal> appeals);

    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    RefundView toView(Refund refund, long stillDue);
}
