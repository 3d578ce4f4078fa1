package city.clearway.web;

import city.clearway.common.Idempotency;
import city.clearway.common.IfMatch;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.QueryParams;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeDtos.PaymentRequest;
import city.clearway.fee.FeeDtos.WaiverRequest;
import city.clearway.fee.FeeMapper;
import city.clearway.fee.Payment;
import city.clearway.fee.PaymentMethod;
import city.clearway.fee.Quote;
import city.clearway.impound.DebtOverrides;
import city.clearway.impound.DisposalMethod;
import city.clearway.impound.DisposalService;
import city.clearway.impound.HoldAuthority;
import city.clearway.impound.ImpoundDtos.DisposalRequest;
import city.clearway.impound.NoticeOutbox;
import city.clearway.impound.Impound;
import city.clearway.impound.ImpoundDtos.HoldRequest;
import city.clearway.impound.ImpoundDtos.ReleaseRequest;
import city.clearway.impound.ImpoundService;
import city.clearway.impound.ImpoundStatus;
import city.clearway.impound.IntakeInventory;
import city.clearway.impound.IntakeInventoryService;
import city.clearway.impound.IntakePhotoService;
import city.clearway.impound.InventoryLine;
import city.clearway.impound.OtherDebts;
import city.clearway.impound.ReleaseDtos.DebtOverrideRequest;
import city.clearway.plate.SearchedPlate;
import city.clearway.security.Caller;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The impound-lot clerk's desk: what is in the lot, one car's fees, payments, holds and release, and the printed
 * receipt and release slip. Everything goes through the same services as the API; this class only speaks HTML.
 */
@Path("/office/impounds")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClerkDesk {

    /** What a form may report as done when it sends the clerk back to the impound's page. */

    private final ImpoundService impounds;
    private final Idempotency idempotency;
    private final Caller caller;
    private final FeeMapper feeMapper;
    private final OfficeViews views;
    private final DebtOverrides overrides;
    private final OtherDebts otherDebts;
    private final TimeSource time;
    private final NoticeOutbox notices;
    private final DisposalService disposals;
    private final IntakeInventoryService inventories;
    private final IntakePhotoService intakePhotos;

    ClerkDesk(ImpoundService impounds, Idempotency idempotency, Caller caller, FeeMapper feeMapper, OfficeViews views,
              DebtOverrides overrides, OtherDebts otherDebts, TimeSource time, NoticeOutbox notices, DisposalService disposals,
              IntakeInventoryService inventories, IntakePhotoService intakePhotos) {
        this.overrides = overrides;
        this.otherDebts = otherDebts;
        this.time = time;
        this.notices = notices;
        this.disposals = disposals;
        this.inventories = inventories;
        this.intakePhotos = intakePhotos;
        this.impounds = impounds;
        this.idempotency = idempotency;
        this.caller = caller;
        this.feeMapper = feeMapper;
        this.views = views;
    }

    @GET
    public TemplateInstance inventory(@QueryParam("plate") String plate, @QueryParam("status") String status,
                                      @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        String error = null;
        List<InventoryLine> rows = List.of();
        ImpoundStatus shown = status == null ? ImpoundStatus.IN_LOT : "ALL".equals(status) ? null : QueryParams.enumValue("status", status, ImpoundStatus.class);
        try {
            String canonical = SearchedPlate.canonical(QueryParams.text(plate));
            rows = impounds.inventory(canonical != null ? null : shown, canonical, 200);
        } catch (ProblemException e) {
            error = message(e, view);
        }
        return view.page(OfficeTemplates.inventory(view, rows, plate == null ? "" : plate, status == null ? "IN_LOT" : status, error,
                Arrays.asList(ImpoundStatus.values())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance impound(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("receipt") String receiptNumber,
                                    @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        String notice = done == null ? null : switch (done) {
            case "payment" -> view.texts().done_payment(receiptNumber == null ? "" : receiptNumber);
            case "waiver" -> view.texts().done_waiver();
            case "hold" -> view.texts().done_hold();
            case "lift" -> view.texts().done_lift();
            case "override" -> view.texts().done_override();
            case "disposal" -> view.texts().done_disposal();
            case "inventory" -> view.texts().done_inventory();
            case "photo" -> view.texts().done_photo();
            default -> null;
        };
        return page(id, view, notice, null, Map.of());
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takePayment(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            PaymentRequest payment = new PaymentRequest(Forms.amount(form, "amount"),
                    Forms.choice(form, "method", PaymentMethod.class), Forms.optional(form, "reference"));
            // The form's token makes a double-clicked or re-sent payment count once.
            return idempotency.once(caller.username(), form.getFirst("token"), "OFFICE POST /impounds/" + id + "/payments", payment, () -> {
                Payment taken = impounds.takePayment(id, payment);
                return seeOther(id, "payment", taken.getReceiptNumber());
            });
        });
    }

    @POST
    @Path("{id}/waivers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grantWaiver(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            impounds.grantWaiver(id, new WaiverRequest(Forms.amount(form, "waiverAmount"), Forms.required(form, "waiverReason")));
            return seeOther(id, "waiver", null);
        });
    }

    @POST
    @Path("{id}/holds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response placeHold(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            impounds.placeHold(id, new HoldRequest(Forms.choice(form, "authority", HoldAuthority.class), Forms.required(form, "holdReason"),
                    Forms.optional(form, "holdReference")));
            return seeOther(id, "hold", null);
        });
    }

    @POST
    @Path("{id}/holds/{holdId}/lift")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response liftHold(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId, MultivaluedMap<String, String> form,
                             @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            impounds.liftHold(id, holdId, Forms.required(form, "liftReason"));
            return seeOther(id, "lift", null);
        });
    }

    @POST
    @Path("{id}/debt-override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response overrideDebts(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            overrides.record(id, new DebtOverrideRequest(Forms.required(form, "overrideReason")));
            return seeOther(id, "override", null);
        });
    }

    /** A supervisor disposes of an unclaimed vehicle; the service says whether its time has come. */
    @POST
    @Path("{id}/disposal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispose(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            String proceeds = Forms.optional(form, "proceeds");
            disposals.dispose(id, new DisposalRequest(Forms.choice(form, "disposalMethod", DisposalMethod.class),
                    Forms.required(form, "disposalReference"), proceeds == null ? null : Forms.amount(form, "proceeds")));
            return seeOther(id, "disposal", null);
        });
    }

    /** The version the clerk's page was drawn from travels with the form: a stale page cannot release a car twice. */
    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            ReleaseRequest request = ReleaseForm.request(form);
            impounds.release(id, IfMatch.required(IfMatch.etag(Forms.version(form))), request);
            return Response.seeOther(UriBuilder.fromPath("/office/impounds/{id}/release-slip").build(id)).build();
        });
    }

    /**
     * Does what a form asked; a refusal draws the impound page again, with the refusal's status, the reason and
     * everything the clerk typed still in place.
     */
    Response act(UUID id, MultivaluedMap<String, String> form, HttpHeaders headers, Supplier<Response> action) {
        return Forms.answer(action, refused -> {
            OfficeView view = views.of(headers);
            return page(id, view, null, message(refused, view), form);
        });
    }

    @GET
    @Path("{id}/receipts/{receiptNumber}")
    public TemplateInstance receipt(@PathParam("id") UUID id, @PathParam("receiptNumber") String receiptNumber,
                                    @Context HttpHeaders headers) {
        Impound found = impounds.get(id);
        Payment payment = impounds.receipt(id, receiptNumber);
        OfficeView view = views.of(headers);
        return view.page(OfficeTemplates.receipt(view, found, found.getViolation(), payment));
    }

    @GET
    @Path("{id}/release-slip")
    public TemplateInstance releaseSlip(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Impound found = impounds.get(id);
        if (found.getReleaseNumber() == null) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "impound-closed", found.getStatus().name());
        }
        OfficeView view = views.of(headers);
        return view.page(OfficeTemplates.releaseSlip(view, found, found.getViolation(), inventories.latest(id).orElse(null)));
    }

    private TemplateInstance page(UUID id, OfficeView view, String notice, String error, Map<String, ? extends Object> entered) {
        Impound found = impounds.get(id);
        Quote quote = impounds.quote(id, null);
        Map<String, String> form = Forms.typed(entered);
        boolean inLot = found.getStatus() == ImpoundStatus.IN_LOT;
        ReleasePanel release = ReleasePanel.of(view.locale(), inLot ? otherDebts.of(found, time.now()) : List.of(), overrides.of(found),
                inLot && view.may("OVERRIDE_DEBTS"));
        return view.page(OfficeTemplates.impound(view, found, found.getViolation(), feeMapper.toView(quote, view.locale()), impounds.payments(id),
                found.getHolds(), inLot && view.clerkAt(found.getLotCode()), inLot && view.may("GRANT_WAIVER"),
                PaymentMethod.atTheCounter(), Arrays.asList(HoldAuthority.values()), UUID.randomUUID().toString(), form, notice,
                error, release,
                view.may("READ_NOTICES") ? notices.of(id) : List.of(), inLot && view.may("DISPOSE_VEHICLE"),
                Arrays.asList(DisposalMethod.values()), intake(found, view, form)));
    }

    private IntakeSection intake(Impound found, OfficeView view, Map<String, String> typed) {
        List<IntakeInventory> versions = new ArrayList<>(inventories.versions(found.getId()));
        Collections.reverse(versions);
        return IntakeForm.section(versions.isEmpty() ? null : versions.get(0), versions,
                intakePhotos.list(found.getId()), found.getStatus() == ImpoundStatus.IN_LOT && view.clerkAt(found.getLotCode()), typed);
    }

    private String message(ProblemException e, OfficeView view) {
        if (e.type() == ProblemType.STALE_VERSION) {
            // The version travelled with the form: someone changed the vehicle since this page was drawn.
            return view.texts().stale();
        }
        return views.explain(e, view);
    }

    private static Response seeOther(UUID id, String done, String receiptNumber) {
        UriBuilder target = UriBuilder.fromPath("/office/impounds/{id}").queryParam("done", done);
        if (receiptNumber != null) {
            target.queryParam("receipt", receiptNumber);
        }
        return Response.seeOther(target.build(id)).build();
    }
}
