package city.clearway.complaint;

import city.clearway.common.Messages;
import city.clearway.complaint.Open311Document.Element;
import city.clearway.complaint.Open311Service.Filed;
import city.clearway.complaint.Open311Service.Update;
import city.clearway.reference.District;
import city.clearway.reference.DistrictService;
import city.clearway.reference.ViolationType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static city.clearway.complaint.Open311Document.leaf;
import static city.clearway.complaint.Open311Document.list;
import static city.clearway.complaint.Open311Document.object;

/**
 * The GeoReport v2 documents, element for element and in the order of the specification's examples. Only what the
 * public may read goes in: never a reporter's contact details, never anything about a vehicle or its owner.
 */
@ApplicationScoped
public class Open311Views {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String PLATE = "plate";

    private final Open311Config config;
    private final Messages messages;
    private final W3cTime w3c;
    private final DistrictService districts;

    Open311Views(Open311Config config, Messages messages, W3cTime w3c, DistrictService districts) {
        this.config = config;
        this.messages = messages;
        this.w3c = w3c;
        this.districts = districts;
    }

    Element discovery(String endpointUrl) {
        return object("discovery",
                leaf("changeset", config.changeset()),
                leaf("contact", config.contact()),
                leaf("key_service", config.keyService()),
                list("endpoints", List.of(object("endpoint",
                        leaf("specification", SPECIFICATION),
                        leaf("url", endpointUrl),
                        leaf("changeset", config.changeset()),
                        leaf("type", "production"),
                        list("formats", List.of(leaf("format", "text/xml"), leaf("format", "application/json")))))));
    }

    Element services(Locale locale) {
        return list("services", Arrays.stream(ViolationType.values()).map(type -> service(type, locale)).toList());
    }

    private Element service(ViolationType type, Locale locale) {
        return object("service",
                leaf("service_code", type.name()),
                leaf("service_name", name(type, locale)),
                leaf("description", messages.get(locale, "open311.service.description." + type.name())),
                leaf("metadata", true),
                leaf("type", "realtime"),
                leaf("keywords", messages.get(locale, "open311.service.keywords." + type.name())),
                leaf("group", messages.get(locale, "open311.service.group")));
    }

    /** Every service asks the same: the plate, if the reporter can read it. */
    Element definition(ViolationType type, Locale locale) {
        return object("service_definition",
                leaf("service_code", type.name()),
                list("attributes", List.of(object("attribute",
                        leaf("variable", true),
                        leaf("code", PLATE),
                        leaf("datatype", "string"),
                        leaf("required", false),
                        leaf("datatype_description", messages.get(locale, "open311.attribute.plate.datatype")),
                        leaf("order", 1),
                        leaf("description", messages.get(locale, "open311.attribute.plate.description"))))));
    }

    Element filed(Filed filed, Locale locale) {
        return list("service_requests", List.of(object("request",
                leaf("service_request_id", filed.complaint().getServiceRequestId()),
                leaf("token", filed.report().getToken()),
                leaf("service_notice", messages.get(locale, filed.joined() ? "open311.notice.joined" : "open311.notice.received")))));
    }

    Element token(Filed filed) {
        return list("service_requests", List.of(object("request",
                leaf("service_request_id", filed.complaint().getServiceRequestId()),
                leaf("token", filed.report().getToken()))));
    }

    Element requests(List<Complaint> complaints, Locale locale) {
        Map<String, String> districtNames = complaints.isEmpty() ? Map.of()
                : districts.list().stream().collect(Collectors.toMap(District::getCode, District::getName));
        return list("service_requests", complaints.stream().map(complaint -> request(complaint, districtNames, locale)).toList());
    }

    private Element request(Complaint complaint, Map<String, String> districtNames, Locale locale) {
        return object("request",
                leaf("service_request_id", complaint.getServiceRequestId()),
                leaf("status", complaint.getStatus().open311()),
                leaf("status_notes", statusNotes(complaint, locale)),
                leaf("service_name", name(complaint.getServiceCode(), locale)),
                leaf("service_code", complaint.getServiceCode().name()),
                leaf("description", complaint.getPlace().getDescription()),
                leaf("agency_responsible", complaint.getDistrictCode() == null ? null : districtNames.get(complaint.getDistrictCode())),
                leaf("service_notice", null),
                leaf("requested_datetime", w3c.format(complaint.getReceivedAt())),
                leaf("updated_datetime", w3c.format(complaint.getUpdatedAt())),
                leaf("expected_datetime", null),
                leaf("address", complaint.getPlace().getAddress()),
                leaf("address_id", complaint.getPlace().getAddressId()),
                leaf("zipcode", null),
                leaf("lat", complaint.getPlace().getLat()),
                leaf("long", complaint.getPlace().getLon()),
                leaf("media_url", complaint.getMediaUrl()));
    }

    Element updates(List<Update> updates) {
        return list("service_request_updates", updates.stream().map(found -> object("request_update",
                leaf("update_id", Long.toString(found.update().getId())),
                leaf("service_request_id", found.serviceRequestId()),
                leaf("status", found.update().getStatus().open311()),
                leaf("updated_datetime", w3c.format(found.update().getAt())),
                leaf("description", found.update().getDescription()),
                leaf("media_url", null))).toList());
    }

    /** The spec's error list: each with the HTTP code and a sentence the app may show its user. */
    static Element errors(int code, List<String> descriptions) {
        return list("errors", descriptions.stream().map(description -> object("error",
                leaf("code", code),
                leaf("description", description))).toList());
    }

    /** Why a complaint is where it is, in words fit for the reporter. */
    public String statusNotes(Complaint complaint, Locale locale) {
        if (complaint.getOutcome() != null) {
            return messages.get(locale, "complaint.outcome." + complaint.getOutcome().name());
        }
        return complaint.getViolationId() != null ? messages.get(locale, "complaint.update.linked") : null;
    }

    private static String name(ViolationType type, Locale locale) {
        Function<ViolationType, String> label = "fa".equals(locale.getLanguage()) ? ViolationType::persian : ViolationType::english;
        return label.apply(type);
    }
}
