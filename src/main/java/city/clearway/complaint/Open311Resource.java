package city.clearway.complaint;

import city.clearway.common.Messages;
import city.clearway.common.ProblemException;
import city.clearway.common.TimeSource;
import city.clearway.complaint.Open311Service.Filed;
import city.clearway.complaint.Open311Service.ReportPhoto;
import city.clearway.reference.ViolationType;
import city.clearway.violation.PhotoService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Open311 GeoReport v2 server (PRODUCT §10), as FixMyStreet and other civic apps call it: every resource in XML
 * ({@code .xml}) and JSON ({@code .json}), {@code jurisdiction_id} accepted everywhere (Clearway serves one city), reports
 * posted form-encoded or as multipart with photos, and mySociety's {@code servicerequestupdates}. Refusals are the
 * specification's error list (see {@link Open311Errors}).
 */
@Path("/open311/v2")
@PermitAll
public class Open311Resource {

    static final String FORMAT = "{format:xml|json}";
    /** GeoReport v2: "may not span more than 90 days", and at most the first 1000 requests. */
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    private static final Pattern PHOTO_PART = Pattern.compile("photo\\d*");

    private final Open311Service service;
    private final Open311Views views;
    private final Messages messages;
    private final TimeSource time;

    Open311Resource(Open311Service service, Open311Views views, Messages messages, TimeSource time) {
        this.service = service;
        this.views = views;
        this.messages = messages;
        this.time = time;
    }

    @GET
    @Path("discovery." + FORMAT)
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri) {
        String endpoint = uri.getBaseUriBuilder().path("open311/v2/").build().toString();
        return Open311Format.of(format).ok(views.discovery(endpoint));
    }

    @GET
    @Path("services." + FORMAT)
    public Response services(@PathParam("format") String format, @Context HttpHeaders headers) {
        return Open311Format.of(format).ok(views.services(locale(headers)));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    public Response definition(@PathParam("code") String code, @PathParam("format") String format, @Context HttpHeaders headers) {
        return Open311Format.of(format).ok(views.definition(ReportForm.serviceCode(code), locale(headers)));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("format") String format, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return filed(format, form, List.of(), headers);
    }

    /** The same, with photos as parts {@code photo1}, {@code photo2}... beside the fields. */
    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response fileWithPhotos(@PathParam("format") String format, MultipartFormDataInput input, @Context HttpHeaders headers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<ReportPhoto> photos = new ArrayList<>();
        input.getValues().forEach((name, values) -> {
            for (FormValue value : values) {
                if (value.isFileItem()) {
                    if (PHOTO_PART.matcher(name).matches()) {
                        photos.add(new ReportPhoto(name, bytes(value)));
                    }
                } else {
                    fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value.getValue());
                }
            }
        });
        return filed(format, fields, photos, headers);
    }

    private Response filed(String format, Map<String, List<String>> form, List<ReportPhoto> photos, HttpHeaders headers) {
        Filed filed = service.file(first(form.get("api_key")), form, photos);
        return Open311Format.of(format).ok(views.filed(filed, locale(headers)));
    }

    @GET
    @Path("requests." + FORMAT)
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String codes, @QueryParam("start_date") String startDate,
                             @QueryParam("end_date") String endDate, @QueryParam("status") String statuses,
                             @Context HttpHeaders headers) {
        Set<String> wanted = commaList(ids);
        List<Complaint> found;
        if (!wanted.isEmpty()) {
            if (wanted.size() > MAX_REQUESTS) {
                throw ProblemException.badParameter("service_request_id", "at-most", MAX_REQUESTS);
            }
            // "This overrides all other arguments."
            found = service.byServiceRequestIds(wanted);
        } else {
            Instant end = W3cTime.parse("end_date", endDate);
            Instant start = W3cTime.parse("start_date", startDate);
            if (end == null) {
                end = start == null ? time.now() : start.plus(MAX_SPAN);
            }
            if (start == null) {
                start = end.minus(MAX_SPAN);
            }
            if (start.isAfter(end)) {
                throw ProblemException.badParameter("end_date", "not-before", "start_date");
            }
            if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
                throw ProblemException.badParameter("end_date", "period-too-long", MAX_SPAN.toDays());
            }
            found = service.received(start, end, services(codes), statuses(statuses), MAX_REQUESTS);
        }
        return Open311Format.of(format).ok(views.requests(found, locale(headers)));
    }

    @GET
    @Path("requests/{id:[A-Za-z0-9_-]+}." + FORMAT)
    public Response request(@PathParam("id") String id, @PathParam("format") String format, @Context HttpHeaders headers) {
        return Open311Format.of(format).ok(views.requests(List.of(service.byServiceRequestId(id)), locale(headers)));
    }

    @GET
    @Path("tokens/{token:[A-Za-z0-9_-]+}." + FORMAT)
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        return Open311Format.of(format).ok(views.token(service.byToken(token)));
    }

    /** mySociety's extension: what the city did, for the reporter's app to show (FixMyStreet polls it with its key). */
    @GET
    @Path("servicerequestupdates." + FORMAT)
    public Response updates(@PathParam("format") String format, @QueryParam("api_key") String apiKey,
                            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate) {
        Instant end = W3cTime.parse("end_date", endDate);
        Instant start = W3cTime.parse("start_date", startDate);
        Instant to = end == null ? time.now() : end;
        Instant from = start == null ? to.minus(MAX_SPAN) : start;
        return Open311Format.of(format).ok(views.updates(service.updates(apiKey, from, to, MAX_REQUESTS)));
    }

    private Locale locale(HttpHeaders headers) {
        return messages.choose(headers);
    }

    private static Set<ViolationType> services(String codes) {
        Set<ViolationType> services = new LinkedHashSet<>();
        for (String code : commaList(codes)) {
            services.add(Arrays.stream(ViolationType.values()).filter(type -> type.name().equals(code)).findFirst()
                    .orElseThrow(() -> ProblemException.badParameter("service_code", "one-of",
                            String.join(", ", Arrays.stream(ViolationType.values()).map(Enum::name).toList()))));
        }
        return services;
    }

    private static Set<ComplaintStatus> statuses(String raw) {
        Set<ComplaintStatus> statuses = new LinkedHashSet<>();
        for (String status : commaList(raw)) {
            statuses.add(switch (status) {
                case "open" -> ComplaintStatus.OPEN;
                case "closed" -> ComplaintStatus.CLOSED;
                default -> throw ProblemException.badParameter("status", "one-of", "open, closed");
            });
        }
        return statuses;
    }

    private static Set<String> commaList(String raw) {
        Set<String> items = new LinkedHashSet<>();
        if (raw != null) {
            for (String item : raw.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static byte[] bytes(FormValue value) {
        try (InputStream in = value.getFileItem().getInputStream()) {
            return PhotoService.readLimited(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
