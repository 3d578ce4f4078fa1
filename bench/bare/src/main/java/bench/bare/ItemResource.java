package bench.bare;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.UUID;

/** One insert (JSON in, 201 with JSON out) and one read by id: the load bench/run.sh puts on the bare application. */
@Path("/items")
public class ItemResource {

    public record NewItem(@NotBlank @Size(max = 20) String plate, @Size(max = 200) String note) {
    }

    public record ItemView(UUID id, String plate, String note, Instant createdAt) {
        static ItemView of(Item item) {
            return new ItemView(item.id, item.plate, item.note, item.createdAt);
        }
    }

    @POST
    @Transactional
    public RestResponse<ItemView> create(@Valid NewItem body) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.plate = body.plate();
        item.note = body.note();
        item.createdAt = Instant.now();
        item.persist();
        return RestResponse.status(RestResponse.Status.CREATED, ItemView.of(item));
    }

    @GET
    @Path("/{id}")
    public ItemView get(UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return ItemView.of(item);
    }
}
