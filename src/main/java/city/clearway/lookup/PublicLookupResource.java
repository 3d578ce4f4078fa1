package city.clearway.lookup;

import city.clearway.common.CityTime;
import city.clearway.common.QueryParams;
import city.clearway.common.Rials;
import city.clearway.impound.ImpoundStatus;
import city.clearway.lookup.PublicLookupService.PublicCase;
import city.clearway.reference.ViolationType;
import city.clearway.violation.ViolationStatus;
import city.clearway.security.AddressThrottle;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/public/lookup")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicLookupResource {

    private final PublicLookupService service;
    private final AddressThrottle throttle;
    private final CityTime cityTime;

    PublicLookupResource(PublicLookupService service, AddressThrottle throttle, CityTime cityTime) {
        this.service = service;
        this.throttle = throttle;
        this.cityTime = cityTime;
    }

    public record PublicCaseView(String ticketNumber, String plate, ViolationStatus status, ViolationType violationType,
                                 OffsetDateTime observedAt, String lotName, String lotAddress, OffsetDateTime impoundedAt,
                                 Boolean onHold, long balance, String currency, OffsetDateTime asOf) {
    }

    public record PublicLookupView(List<PublicCaseView> items) {
    }

    @GET
    public PublicLookupView lookup(@QueryParam("plate") String plate, @QueryParam("ticket") String ticket,
                                   @Context HttpServerRequest request) {
        throttle.take("lookup", request.remoteAddress().hostAddress());
        return new PublicLookupView(service.lookup(QueryParams.text(plate), QueryParams.text(ticket)).stream().map(this::view).toList());
    }

    private PublicCaseView view(PublicCase found) {
        var violation = found.violation();
        boolean inLot = found.impound() != null && found.impound().getStatus() == ImpoundStatus.IN_LOT;
        return new PublicCaseView(violation.getTicketNumber(), violation.getPlate(), violation.getStatus(), violation.getViolationType(),
                cityTime.toCity(violation.getObservedAt()),
                found.lot() == null ? null : found.lot().getName(),
                found.lot() == null ? null : found.lot().getAddress(),
                found.impound() == null ? null : cityTime.toCity(found.impound().getImpoundedAt()),
                inLot ? found.impound().hasActiveHold() : null,
                found.balance(), Rials.CURRENCY, cityTime.toCity(found.asOf()));
    }
}
