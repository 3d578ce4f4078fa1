package city.clearway.web;

import city.clearway.common.Idempotency;
import city.clearway.common.ProblemException;
import city.clearway.common.Problems;
import city.clearway.impound.IntakeDtos.InventoryRequest;
import city.clearway.impound.IntakeInventoryService;
import city.clearway.impound.IntakePhotoService;
import city.clearway.security.Caller;
import city.clearway.violation.PhotoService;
import io.quarkus.security.Authenticated;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The clerk's intake forms on the impound page: the inventory (each sending a new version) and the intake photos.
 * Through the same services as the API; a refusal draws the impound page again, as {@link ClerkDesk} does.
 */
@Path("/office/impounds/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class IntakeDesk {

    private final IntakeInventoryService inventories;
    private final IntakePhotoService photos;
    private final ClerkDesk desk;
    private final Idempotency idempotency;
    private final Caller caller;

    IntakeDesk(IntakeInventoryService inventories, IntakePhotoService photos, ClerkDesk desk, Idempotency idempotency, Caller caller) {
        this.inventories = inventories;
        this.photos = photos;
        this.desk = desk;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("inventory")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordInventory(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        return desk.act(id, form, headers, validated(() -> {
            InventoryRequest request = IntakeForm.read(form);
            String token = form.getFirst("token");
            // The form's token makes a double-clicked or re-sent inventory one version, not two.
            return idempotency.once(caller.username(), token == null ? null : "inventory-" + token,
                    "OFFICE POST /impounds/" + id + "/inventory", request, () -> {
                        inventories.record(id, request);
                        return seeOther(id, "inventory");
                    });
        }));
    }

    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addPhoto(@PathParam("id") UUID id, MultipartFormDataInput input, @Context HttpHeaders headers) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        input.getValues().forEach((name, values) -> values.stream().filter(value -> !value.isFileItem())
                .forEach(value -> fields.add(name, value.getValue())));
        return desk.act(id, fields, headers, () -> {
            FormValue photo = input.getValues().getOrDefault("photo", List.of()).stream().filter(FormValue::isFileItem)
                    .findFirst().orElseThrow(() -> ProblemException.invalid("photo", "required"));
            photos.add(id, declaredType(photo.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)), bytes(photo));
            return seeOther(id, "photo");
        });
    }

    @GET
    @Path("photos/{sha256}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        return photos.bytes(id, sha256).download();
    }

    /** The service's limits, found by Bean Validation, as a refusal the page can show. */
    private static Supplier<Response> validated(Supplier<Response> action) {
        return () -> {
            try {
                return action.get();
            } catch (ConstraintViolationException e) {
                throw Problems.invalid(e.getConstraintViolations());
            }
        };
    }

    /** The type the browser gave the file, without parameters; empty when it gave none the service could read. */
    private static String declaredType(String header) {
        try {
            MediaType type = header == null ? null : MediaType.valueOf(header);
            return type == null ? "" : type.getType() + "/" + type.getSubtype();
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }

    private static byte[] bytes(FormValue value) {
        try (InputStream in = value.getFileItem().getInputStream()) {
            return PhotoService.readLimited(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response seeOther(UUID id, String done) {
        return Response.seeOther(UriBuilder.fromPath("/office/impounds/{id}").queryParam("done", done).build(id)).build();
    }
}
