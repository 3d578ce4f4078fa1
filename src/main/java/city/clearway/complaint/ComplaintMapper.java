package city.clearway.complaint;

import city.clearway.audit.AuditEvent;
import city.clearway.audit.AuditMapper;
import city.clearway.common.CityTime;
import city.clearway.complaint.ComplaintDtos.ComplaintDetail;
import city.clearway.complaint.ComplaintDtos.ComplaintView;
import city.clearway.complaint.ComplaintDtos.PhotoView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(uses = {CityTime.class, AuditMapper.class})
public interface ComplaintMapper {

    @Mapping(target = ".", source = "complaint")
    @Mapping(target = "lat", source = "complaint.place.lat")
    @Mapping(target = "lon", source = "complaint.place.lon")
    @Mapping(target = "address", source = "complaint.place.address")
    @Mapping(target = "description", source = "complaint.place.description")
    ComplaintView toView(Complaint complaint, Double distanceMeters);

    @Mapping(target = ".", source = "complaint")
    @Mapping(target = "lat", source = "complaint.place.lat")
    @Mapping(target = "lon", source = "complaint.place.lon")
    @Mapping(target = "address", source = "complaint.place.address")
    @Mapping(target = "addressId", source = "complaint.place.addressId")
    @Mapping(target = "description", source = "complaint.place.description")
    ComplaintDetail toDetail(Complaint complaint, List<String> reportedPlates, List<ComplaintPhoto> photos, List<AuditEvent> trail);

    PhotoView toView(ComplaintPhoto photo);
}
