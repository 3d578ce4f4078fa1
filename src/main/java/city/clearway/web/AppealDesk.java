package city.clearway.web;

import city.clearway.appeal.AppealDtos.AppealRequest;
import city.clearway.appeal.AppealDtos.DecisionRequest;
import city.clearway.appeal.AppealDtos.RefundRequest;
import city.clearway.appeal.AppealOutcome;
import city.clearway.appeal.AppealService;
import city.clearway.appeal.AppealService.Case;
import city.clearway.appeal.AppealStatus;
import city.clearway.appeal.RefundService;
import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.fee.PaymentMethod;
import city.clearway.violation.Violation;
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

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Appeals at the office: the open appeals a supervisor decides, and for one violation its appeals, the form that files
 * the owner's appeal, the supervisor's decision and the clerk's refund. The same services as the API decide who may.
 */
@Path("/office/appeals")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AppealDesk {


    private final AppealService appeals;
    private final RefundService refunds;
    private final OfficeViews views;

    AppealDesk(AppealService appeals, RefundService refunds, OfficeViews views) {
        this.appeals = appeals;
        this.refunds = refunds;
        this.views = views;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        String shown = status == null ? AppealStatus.OPEN.name() : status;
        AppealStatus filter = "ALL".equals(shown) ? null : QueryParams.enumValue("status", shown, AppealStatus.class);
        return view.page(AppealTemplates.appeals(view, appeals.list(filter, 200), shown, null, Arrays.asList(AppealStatus.values())));
    }

    @GET
    @Path("violation/{id}")
    public TemplateInstance violation(@PathParam("id") UUID id, @QueryParam("done") String done, @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        String notice = done == null ? null : switch (done) {
            case "filed" -> view.texts().appeal_done_filed();
            case "decided" -> view.texts().appeal_done_decided();
            case "refunded" -> view.texts().appeal_done_refunded();
            default -> null;
        };
        return page(id, view, notice, null, Map.of());
    }

    @POST
    @Path("violation/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            appeals.file(id, new AppealRequest(Forms.required(form, "grounds"), Forms.optional(form, "evidence")));
            return seeOther(id, "filed");
        });
    }

    @POST
    @Path("violation/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            UUID appeal = appealId(form);
            appeals.decide(appeal, new DecisionRequest(Forms.choice(form, "outcome", AppealOutcome.class), Forms.required(form, "reason")));
            return seeOther(id, "decided");
        });
    }

    /** At the lot for a towed car, on the violation for a fine paid on the spot. */
    @POST
    @Path("violation/{id}/refunds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refund(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return act(id, form, headers, () -> {
            RefundRequest request = new RefundRequest(Forms.amount(form, "amount"), Forms.choice(form, "method", PaymentMethod.class),
                    Forms.required(form, "reference"));
            Violation violation = appeals.caseOf(id).violation();
            if (violation.getImpoundId() != null) {
                refunds.atImpound(violation.getImpoundId(), request);
            } else {
                refunds.forViolation(id, request);
            }
            return seeOther(id, "refunded");
        });
    }

    /** A refusal draws the page again with its status, the reason and what was typed. */
    private Response act(UUID id, MultivaluedMap<String, String> form, HttpHeaders headers, Supplier<Response> action) {
        return Forms.answer(action, refused -> {
            OfficeView view = views.of(headers);
            return page(id, view, null, views.explain(refused, view), form);
        });
    }

    private TemplateInstance page(UUID id, OfficeView view, String notice, String error, Map<String, ?> entered) {
        Case found = appeals.caseOf(id);
        Violation violation = found.violation();
        long due = refunds.due(violation);
        Map<String, String> form = Forms.typed(entered);
        boolean canFile = !found.open() && violation.appealable() && view.may("FILE_APPEAL")
                && (view.may("DECIDE_APPEAL") || view.clerkAt(violation.getImpoundLotCode()));
        boolean canRefund = due > 0 && view.may("RECORD_REFUND")
                && (violation.getImpoundId() == null || view.clerkAt(violation.getImpoundLotCode()));
        return view.page(AppealTemplates.appealCase(view, violation, found.appeals(), due, canFile, found.open() && view.may("DECIDE_APPEAL"),
                canRefund, PaymentMethod.atTheCounter(), form, notice, error, Arrays.asList(AppealOutcome.values())));
    }

    private static UUID appealId(MultivaluedMap<String, String> form) {
        try {
            return UUID.fromString(Forms.required(form, "appeal"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("appeal", "uuid");
        }
    }

    private static Response seeOther(UUID id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/office/appeals/violation/{id}").queryParam("done", done).build(id)).build();
    }
}
