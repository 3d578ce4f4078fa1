package city.clearway.complaint;

import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.reference.ViolationType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as a civic app posts it to {@code requests.{format}} (GeoReport v2 "POST Service Request"), read and checked.
 * A blank field counts as absent, as the specification asks of optional arguments. Anything unreadable is a {@code 400}
 * naming the argument; a service that does not exist is a {@code 404}.
 */
record ReportForm(ViolationType serviceCode, String jurisdictionId, Double lat, Double lon, String address, String addressId,
                  String description, List<String> mediaUrls, String plate, Contact contact) {

    /** What the reporter told about themselves: kept, never shown. */
    record Contact(String email, String deviceId, String accountId, String firstName, String lastName, String phone) {
    }

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_MEDIA_URLS = 10;
    static final int MAX_URL = 2000;
    static final String PLATE_ATTRIBUTE = "attribute[plate]";

    /** FixMyStreet's {@code address_id} for a report placed without a map: a location nobody can route. */
    static final String NOT_PINPOINTED = "#NOTPINPOINTED#";

    static ReportForm read(Map<String, List<String>> form) {
        String code = text(form, "service_code", 100);
        if (code == null) {
            throw ProblemException.badParameter("service_code", "required");
        }
        ViolationType serviceCode = serviceCode(code);
        Double lat = coordinate(form, "lat", 90);
        Double lon = coordinate(form, "long", 180);
        if ((lat == null) != (lon == null)) {
            throw ProblemException.badParameter(lat == null ? "lat" : "long", "required-with", lat == null ? "long" : "lat");
        }
        String address = text(form, "address_string", 500);
        String addressId = text(form, "address_id", 200);
        if (lat == null && address == null && addressId == null) {
            throw ProblemException.badParameter("lat", "location-required");
        }
        Contact contact = new Contact(text(form, "email", 320), text(form, "device_id", 200), text(form, "account_id", 200),
                text(form, "first_name", 200), text(form, "last_name", 200), text(form, "phone", 50));
        return new ReportForm(serviceCode, text(form, "jurisdiction_id", 200), lat, lon, address, addressId,
                text(form, "description", MAX_DESCRIPTION), mediaUrls(form), text(form, PLATE_ATTRIBUTE, 40), contact);
    }

    static ViolationType serviceCode(String code) {
        for (ViolationType type : ViolationType.values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        throw ProblemException.notFound("service", code);
    }

    boolean located() {
        return lat != null;
    }

    private static String text(Map<String, List<String>> form, String name, int maxLength) {
        List<String> values = form.get(name);
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                String text = value.strip();
                if (text.length() > maxLength) {
                    throw ProblemException.badParameter(name, "at-most-chars", maxLength);
                }
                return text;
            }
        }
        return null;
    }

    private static Double coordinate(Map<String, List<String>> form, String name, int limit) {
        return QueryParams.degrees(name, text(form, name, 40), limit);
    }

    private static List<String> mediaUrls(Map<String, List<String>> form) {
        List<String> urls = new ArrayList<>();
        for (String value : form.getOrDefault("media_url", List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String url = value.strip();
            if (url.length() > MAX_URL || !isWebAddress(url)) {
                throw ProblemException.badParameter("media_url", "web-address", MAX_URL);
            }
            urls.add(url);
        }
        if (urls.size() > MAX_MEDIA_URLS) {
            throw ProblemException.badParameter("media_url", "at-most", MAX_MEDIA_URLS);
        }
        return List.copyOf(urls);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
