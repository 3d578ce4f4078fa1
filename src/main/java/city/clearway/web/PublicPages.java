package city.clearway.web;

import city.clearway.common.ClientAddress;
import city.clearway.common.Digits;
import city.clearway.common.Messages;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.QueryParams;
import city.clearway.complaint.Complaint;
import city.clearway.complaint.ComplaintStatus;
import city.clearway.complaint.Open311Service;
import city.clearway.complaint.Open311Views;
import city.clearway.impound.ImpoundStatus;
import city.clearway.lookup.PublicLookupService.PublicCase;
import city.clearway.lookup.PublicLookupService;
import city.clearway.reference.ViolationType;
import city.clearway.violation.ViolationStatus;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a citizen may see without signing in, on a phone: "find my car" (where the car is, what is owed now, what to
 * bring) over the public lookup, and "my report" (a complaint's status by its request number). Persian first, English
 * on request; nothing personal about anyone. Each address may ask a few times a minute, like the lookup itself.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicPages {

    private final PublicLookupService lookup;
    private final Open311Service reports;
    private final Open311Views open311;
    private final OfficeLanguage language;
    private final OfficeViews views;

    PublicPages(PublicLookupService lookup, Open311Service reports, Open311Views open311,
                OfficeLanguage language, OfficeViews views) {
        this.lookup = lookup;
        this.reports = reports;
        this.open311 = open311;
        this.language = language;
        this.views = views;
    }

    /** One case as the owner reads it. */
    public record FoundCase(String ticketNumber, ViolationStatus status, ViolationType violationType, boolean inLot, String lotName,
                            String lotAddress, Instant impoundedAt, boolean onHold, long balance) {
    }

    /** A complaint as its reporter reads it. */
    public record ReportStatus(String serviceRequestId, ViolationType serviceCode, boolean open, String notes, Instant receivedAt,
                               Instant updatedAt) {
    }

    @GET
    @Path("find")
    public Response find(@QueryParam("plate") String plate, @QueryParam("ticket") String ticket, @QueryParam("lang") String lang,
                         @Context HttpHeaders headers, @Context HttpServerRequest request) {
        OfficeView view = views.signedOut(locale(lang, headers));
        String plateText = QueryParams.text(plate);
        String ticketText = QueryParams.text(ticket);
        String typedPlate = plate == null ? "" : plate;
        String typedTicket = ticket == null ? "" : ticket;
        String switchTo = switchTo(view, UriBuilder.fromPath("/find").queryParam("plate", nonNull(plate)).queryParam("ticket", nonNull(ticket)));
        if (plateText == null && ticketText == null) {
            return ok(view.page(PublicTemplates.find(view, typedPlate, typedTicket, switchTo, false, List.of(), null)));
        }
        try {
            List<FoundCase> cases = lookup.lookup(plateText, ticketText, ClientAddress.of(request)).stream().map(PublicPages::found).toList();
            return ok(view.page(PublicTemplates.find(view, typedPlate, typedTicket, switchTo, true, cases, null)));
        } catch (ProblemException e) {
            return refused(e, view.page(PublicTemplates.find(view, typedPlate, typedTicket, switchTo, false, List.of(), views.explain(e, view))));
        }
    }

    @GET
    @Path("my-report")
    public Response myReport(@QueryParam("id") String id, @QueryParam("lang") String lang, @Context HttpHeaders headers,
                             @Context HttpServerRequest request) {
        OfficeView view = views.signedOut(locale(lang, headers));
        String wanted = QueryParams.text(id);
        String typedId = id == null ? "" : id;
        String switchTo = switchTo(view, UriBuilder.fromPath("/my-report").queryParam("id", nonNull(id)));
        if (wanted == null) {
            return ok(view.page(PublicTemplates.report(view, typedId, switchTo, null, null)));
        }
        try {
            // A number typed on a Persian keyboard comes in Persian digits.
            Complaint complaint = reports.forReporter(Digits.toLatin(wanted.strip()), ClientAddress.of(request));
            ReportStatus found = new ReportStatus(complaint.getServiceRequestId(), complaint.getServiceCode(),
                    complaint.getStatus() == ComplaintStatus.OPEN, open311.statusNotes(complaint, view.locale()),
                    complaint.getReceivedAt(), complaint.getUpdatedAt());
            return ok(view.page(PublicTemplates.report(view, typedId, switchTo, found, null)));
        } catch (ProblemException e) {
            return refused(e, view.page(PublicTemplates.report(view, typedId, switchTo, null, views.explain(e, view))));
        }
    }

    private static FoundCase found(PublicCase found) {
        boolean inLot = found.impound() != null && found.impound().getStatus() == ImpoundStatus.IN_LOT;
        return new FoundCase(found.violation().getTicketNumber(), found.violation().getStatus(), found.violation().getViolationType(),
                inLot, found.lot() == null ? null : found.lot().getName(), found.lot() == null ? null : found.lot().getAddress(),
                found.impound() == null ? null : found.impound().getImpoundedAt(), inLot && found.impound().hasActiveHold(), found.balance());
    }

    private Locale locale(String lang, HttpHeaders headers) {
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("fa".equals(lang)) {
            return Messages.PERSIAN;
        }
        return language.of(headers);
    }

    /** The same page in the other language. */
    private static String switchTo(OfficeView view, UriBuilder page) {
        return page.queryParam("lang", view.persian() ? "en" : "fa").build().toString();
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The page again with the reason; {@code 429} with {@code Retry-After} when the address asked too often. */
    private static Response refused(ProblemException e, TemplateInstance page) {
        Response.ResponseBuilder response = Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render());
        if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, e.args()[0]);
        }
        return response.build();
    }

    private static Object[] nonNull(String value) {
        return value == null || value.isEmpty() ? new Object[0] : new Object[] {value};
    }
}
