package city.clearway.web;

import city.clearway.impound.ForeignDocumentType;
import city.clearway.impound.ImpoundDtos.ReleaseRequest;
import city.clearway.impound.ReleaseDtos.ReleasedToRequest;
import city.clearway.impound.ReleaseKind;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The release form as the API's request. Its fields are named as the request's, the kind's documents without the
 * {@code releasedTo.} prefix; a field left blank is absent. Which documents a kind needs is the service's to say.
 */
final class ReleaseForm {

    private ReleaseForm() {
    }

    static ReleaseRequest request(MultivaluedMap<String, String> form) {
        ReleaseKind kind = Forms.optional(form, "kind") == null ? ReleaseKind.OWNER : Forms.choice(form, "kind", ReleaseKind.class);
        ForeignDocumentType documentType = Forms.optional(form, "documentType") == null ? null
                : Forms.choice(form, "documentType", ForeignDocumentType.class);
        ReleasedToRequest releasedTo = new ReleasedToRequest(kind, Forms.optional(form, "companyName"),
                Forms.optional(form, "companyNationalId"), documentType, Forms.optional(form, "documentNumber"),
                Forms.optional(form, "country"), Forms.optional(form, "powerOfAttorneyNumber"));
        return new ReleaseRequest(Forms.required(form, "releasedToName"), Forms.optional(form, "releasedToNationalId"),
                Forms.required(form, "ownershipDocument"), releasedTo);
    }
}
