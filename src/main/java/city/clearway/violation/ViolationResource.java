package city.clearway.violation;

import city.clearway.audit.AuditDtos.HistoryView;
import city.clearway.audit.AuditMapper;
import city.clearway.common.Idempotency;
import city.clearway.common.IfMatch;
import city.clearway.common.Messages;
import city.clearway.fee.FeeDtos.PaymentRequest;
import city.clearway.fee.FeeMapper;
import city.clearway.security.Caller;
import city.clearway.violation.PhotoService.Upload;
import city.clearway.violation.ViolationDtos.PhotoView;
import city.clearway.violation.ViolationDtos.ReasonRequest;
import city.clearway.violation.ViolationDtos.SettlementView;
import city.clearway.violation.ViolationDtos.ViolationCreate;
import city.clearway.violation.ViolationDtos.ViolationPage;
import city.clearway.violation.ViolationService.Page;
import city.clearway.violation.ViolationService.Registration;
import city.clearway.violation.ViolationService.Settlement;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/violations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ViolationResource {

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";
    private static final String CSV = ViolationExport.CSV;

    private final ViolationService violations;
    private final PhotoService photos;
    private final BatchRegistration batch;
    private final ViolationExport export;
    private final AuditMapper auditMapper;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Messages messages;
    private final ViolationMapper mapper;
    private final FeeMapper feeMapper;

    ViolationResource(ViolationService violations, PhotoService photos, BatchRegistration batch,
                      ViolationExport export, Idempotency idempotency, Caller caller, Messages messages, ViolationMapper mapper,
                      FeeMapper feeMapper, AuditMapper auditMapper) {
        this.violations = violations;
        this.photos = photos;
        this.batch = batch;
        this.export = export;
        this.auditMapper = auditMapper;
        this.idempotency = idempotency;
        this.caller = caller;
        this.messages = messages;
        this.mapper = mapper;
        this.feeMapper = feeMapper;
    }

    @POST
    public Response register(@Context HttpHeaders headers, @Valid @NotNull ViolationCreate request) {
        return idempotency.once(caller.username(), Idempotency.key(headers), "POST /api/v1/violations", request, () -> {
            Registration registration = violations.register(request);
            Violation violation = registration.violation();
            return Response.status(registration.created() ? Response.Status.CREATED : Response.Status.OK)
                    .location(location(violation.getId()))
                    .header(HttpHeaders.ETAG, IfMatch.etag(violation.getVersion()))
                    .entity(mapper.toView(violation))
                    .build();
        });
    }

    /** Up to 100 offline captures, each with its own result. */
    public record BatchRequest(@NotNull List<JsonNode> items) {
    }

    public record BatchResult(List<BatchRegistration.ItemResult> results) {
    }

    @POST
    @Path("batch")
    public BatchResult registerBatch(@Valid @NotNull BatchRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        return new BatchResult(batch.register(request.items(), messages.choose(headers), uri.getPath()));
    }

    @GET
    public ViolationPage search(@BeanParam ViolationQuery query) {
        Page page = violations.search(query.search(query.instants(), query.limit(200, 50), query.after()));
        return new ViolationPage(mapper.toViews(page.items()), page.nextCursor());
    }

    /**
     * The same search, every matching row, as CSV streamed while it is read. Only for a client that asks for CSV: the
     * lower quality makes JSON the answer to {@code Accept: *}{@code /*} or no {@code Accept} at all.
     */
    @GET
    @Produces(CSV + ";qs=0.5")
    public Response export(@BeanParam ViolationQuery query) {
        return export.download(query.search(query.instants(), ViolationExport.PAGE, null));
    }

    @GET
    @Path("{id}/history")
    public HistoryView history(@PathParam("id") UUID id) {
        Violation violation = violations.get(id);
        return new HistoryView(violation.getId(), violation.getImpoundId(), auditMapper.toViews(violations.history(violation)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Violation violation = violations.get(id);
        return Response.ok(mapper.toView(violation)).header(HttpHeaders.ETAG, IfMatch.etag(violation.getVersion())).build();
    }

    @POST
    @Path("{id}/photos")
    @Consumes({JPEG, PNG})
    public Response addPhoto(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                             @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        PhotoService.Received received = PhotoService.receive(contentType, contentLength, body);
        Upload upload = photos.add(id, received.declaredType(), received.bytes());
        Response.ResponseBuilder response = upload.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/violations/{id}/photos/{sha256}").build(id, upload.photo().getSha256()))
                : Response.ok();
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(mapper.toView(upload.photo())).build();
    }

    @GET
    @Path("{id}/photos")
    public List<PhotoView> listPhotos(@PathParam("id") UUID id) {
        return mapper.toPhotoViews(photos.list(id));
    }

    @GET
    @Path("{id}/photos/{sha256}")
    @Produces({JPEG, PNG})
    public Response photo(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        return photos.bytes(id, sha256).download();
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReasonRequest request) {
        Violation violation = violations.cancel(id, IfMatch.required(ifMatch), request.reason());
        return Response.ok(mapper.toView(violation)).header(HttpHeaders.ETAG, IfMatch.etag(violation.getVersion())).build();
    }

    @POST
    @Path("{id}/settle")
    public Response settle(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest request) {
        Settlement settlement = violations.settle(id, request.amount(), request.method(), request.reference());
        Violation violation = settlement.violation();
        SettlementView view = new SettlementView(mapper.toView(violation),
                feeMapper.toReceipt(settlement.receipt(), violation.getTicketNumber(), violation.getPlate()));
        return Response.ok(view).header(HttpHeaders.ETAG, IfMatch.etag(violation.getVersion())).build();
    }

    private static java.net.URI location(UUID id) {
        return UriBuilder.fromPath("/api/v1/violations/{id}").build(id);
    }
}
