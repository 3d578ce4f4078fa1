package city.clearway.impound;

import city.clearway.common.Idempotency;
import city.clearway.common.IfMatch;
import city.clearway.common.Messages;
import city.clearway.common.QueryParams;
import city.clearway.fee.FeeDtos.FeeQuoteView;
import city.clearway.fee.FeeDtos.PaymentRequest;
import city.clearway.fee.FeeDtos.ReceiptView;
import city.clearway.fee.FeeDtos.WaiverRequest;
import city.clearway.fee.FeeDtos.WaiverView;
import city.clearway.fee.FeeMapper;
import city.clearway.fee.Payment;
import city.clearway.impound.ImpoundDtos.HoldRequest;
import city.clearway.impound.ImpoundDtos.HoldView;
import city.clearway.impound.ImpoundDtos.ImpoundView;
import city.clearway.impound.ImpoundDtos.LiftRequest;
import city.clearway.impound.ImpoundDtos.ReleaseRequest;
import city.clearway.impound.ImpoundDtos.ReleaseView;
import city.clearway.plate.SearchedPlate;
import city.clearway.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/impounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ImpoundResource {

    private final ImpoundService impounds;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ImpoundMapper mapper;
    private final FeeMapper feeMapper;
    private final Messages messages;
    private final DisposalService disposals;

    ImpoundResource(ImpoundService impounds, Idempotency idempotency, Caller caller, ImpoundMapper mapper, FeeMapper feeMapper,
                    Messages messages, DisposalService disposals) {
        this.disposals = disposals;
        this.impounds = impounds;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
        this.feeMapper = feeMapper;
        this.messages = messages;
    }

    @GET
    public List<ImpoundView> list(@QueryParam("lot") String lot, @QueryParam("status") String status,
                                  @QueryParam("plate") String plate, @QueryParam("limit") String limit,
                                  @QueryParam("unclaimedForDays") String unclaimedForDays) {
        ImpoundStatus listed = QueryParams.enumValue("status", status, ImpoundStatus.class);
        int max = QueryParams.intInRange("limit", limit, 1, 200, 100);
        if (unclaimedForDays != null) {
            // Unclaimed means still in the lot: the longest there first.
            int days = QueryParams.intInRange("unclaimedForDays", unclaimedForDays, 0, 36500, 0);
            List<Impound> unclaimed = disposals.unclaimed(QueryParams.text(lot), SearchedPlate.canonical(plate), days, max);
            return listed == null || listed == ImpoundStatus.IN_LOT ? mapper.toViews(unclaimed) : List.of();
        }
        return mapper.toViews(impounds.list(QueryParams.text(lot), listed, SearchedPlate.canonical(plate), max));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Impound impound = impounds.get(id);
        return Response.ok(mapper.toView(impound)).header(HttpHeaders.ETAG, IfMatch.etag(impound.getVersion())).build();
    }

    @GET
    @Path("{id}/fees")
    public FeeQuoteView fees(@PathParam("id") UUID id, @QueryParam("at") String at, @Context HttpHeaders headers) {
        return feeMapper.toView(impounds.quote(id, QueryParams.instant("at", at)), messages.choose(headers));
    }

    @POST
    @Path("{id}/payments")
    public Response takePayment(@PathParam("id") UUID id, @Context HttpHeaders headers,
                                @Valid @NotNull PaymentRequest request) {
        String operation = "POST /api/v1/impounds/" + id + "/payments";
        return idempotency.once(caller.username(), Idempotency.key(headers), operation, request, () -> {
            Payment payment = impounds.takePayment(id, request);
            Impound impound = impounds.get(id);
            return Response.created(UriBuilder.fromPath("/api/v1/impounds/{id}/payments/{receipt}").build(id, payment.getReceiptNumber()))
                    .entity(receipt(payment, impound))
                    .build();
        });
    }

    @GET
    @Path("{id}/payments")
    public List<ReceiptView> payments(@PathParam("id") UUID id) {
        Impound impound = impounds.get(id);
        return impounds.payments(id).stream().map(payment -> receipt(payment, impound)).toList();
    }

    @GET
    @Path("{id}/payments/{receiptNumber}")
    public ReceiptView payment(@PathParam("id") UUID id, @PathParam("receiptNumber") String receiptNumber) {
        return receipt(impounds.receipt(id, receiptNumber), impounds.get(id));
    }

    @POST
    @Path("{id}/waivers")
    public Response grantWaiver(@PathParam("id") UUID id, @Valid @NotNull WaiverRequest request) {
        WaiverView waiver = feeMapper.toView(impounds.grantWaiver(id, request));
        return Response.status(Response.Status.CREATED).entity(waiver).build();
    }

    @POST
    @Path("{id}/holds")
    public Response placeHold(@PathParam("id") UUID id, @Valid @NotNull HoldRequest request) {
        HoldView hold = mapper.toView(impounds.placeHold(id, request));
        return Response.status(Response.Status.CREATED).entity(hold).build();
    }

    @POST
    @Path("{id}/holds/{holdId}/lift")
    public HoldView liftHold(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId, @Valid @NotNull LiftRequest request) {
        return mapper.toView(impounds.liftHold(id, holdId, request.reason()));
    }

    @POST
    @Path("{id}/release")
    public Response release(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ReleaseRequest request) {
        Impound impound = impounds.release(id, IfMatch.required(ifMatch), request);
        ReleaseView release = mapper.toRelease(impound);
        return Response.ok(release).header(HttpHeaders.ETAG, IfMatch.etag(impound.getVersion())).build();
    }

    private ReceiptView receipt(Payment payment, Impound impound) {
        return feeMapper.toReceipt(payment, impound.getViolation().getTicketNumber(), impound.getViolation().getPlate());
    }
}
