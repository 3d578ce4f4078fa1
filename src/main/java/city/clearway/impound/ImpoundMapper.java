package city.clearway.impound;

import city.clearway.common.CityTime;
import city.clearway.common.Rials;
import city.clearway.impound.ImpoundDtos.DisposalView;
import city.clearway.impound.ImpoundDtos.HoldView;
import city.clearway.impound.ImpoundDtos.NoticeView;
import city.clearway.impound.ImpoundDtos.ImpoundView;
import city.clearway.impound.ImpoundDtos.ReleaseView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import java.util.List;

@Mapper(uses = CityTime.class, imports = Rials.class)
public interface ImpoundMapper {

    @Mapping(target = "violationId", source = "violation.id")
    @Mapping(target = "ticketNumber", source = "violation.ticketNumber")
    @Mapping(target = "plate", source = "violation.plate")
    @Mapping(target = "vehicleClass", source = "violation.vehicleClass")
    @Mapping(target = "release", source = ".", qualifiedByName = "releaseIfReleased")
    ImpoundView toView(Impound impound);

    List<ImpoundView> toViews(List<Impound> impounds);

    @Mapping(target = "active", expression = "java(hold.isActive())")
    HoldView toView(Hold hold);

    /** The release slip; absent while the vehicle is in the lot. */
    @Named("releaseIfReleased")
    default ReleaseView toRelease(Impound impound) {
        if (impound.getReleaseNumber() == null) {
            return null;
        }
        return releaseSlip(impound);
    }

    @Mapping(target = "impoundId", source = "id")
    @Mapping(target = "charged", source = "chargedTotal")
    @Mapping(target = "paid", source = "paidTotal")
    @Mapping(target = "waived", source = "waivedTotal")
    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    ReleaseView releaseSlip(Impound impound);

    @Mapping(target = "disposedAt", source = "at")
    @Mapping(target = "disposedBy", source = "by")
    @Mapping(target = "currency", expression = "java(Rials.CURRENCY)")
    DisposalView toView(Disposal disposal);

    @Mapping(target = "to", source = "recipient")
    NoticeView toView(OwnerNotice notice);

    List<NoticeView> toNoticeViews(List<OwnerNotice> notices);
}
