package city.clearway.impound;

import city.clearway.impound.IntakeDtos.IntakePhotoView;
import city.clearway.impound.IntakePhotoService.Upload;
import city.clearway.violation.PhotoService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** Photos of a vehicle at intake, taken and read as evidence photos are. */
@Path("/api/v1/impounds/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IntakePhotoResource {

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    private final IntakePhotoService photos;
    private final IntakeMapper mapper;

    IntakePhotoResource(IntakePhotoService photos, IntakeMapper mapper) {
        this.photos = photos;
        this.mapper = mapper;
    }

    @POST
    @Consumes({JPEG, PNG})
    public Response add(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                        @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        PhotoService.Received received = PhotoService.receive(contentType, contentLength, body);
        Upload upload = photos.add(id, received.declaredType(), received.bytes());
        Response.ResponseBuilder response = upload.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/impounds/{id}/photos/{sha256}").build(id, upload.photo().getSha256()))
                : Response.ok();
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(mapper.toView(upload.photo())).build();
    }

    @GET
    public List<IntakePhotoView> list(@PathParam("id") UUID id) {
        return mapper.toPhotoViews(photos.list(id));
    }

    @GET
    @Path("{sha256}")
    @Produces({JPEG, PNG})
    public Response photo(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        return photos.bytes(id, sha256).download();
    }
}
