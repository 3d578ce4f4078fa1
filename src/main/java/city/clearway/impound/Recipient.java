package city.clearway.impound;

/**
 * The person a vehicle is handed to and the documents they showed. {@code name} and {@code nationalId} are the person
 * at the counter: the owner, the company's agent, the foreign national (who has no national ID) or the attorney.
 */
public record Recipient(ReleaseKind kind, String name, String nationalId, String ownershipDocument, String companyName,
                        String companyNationalId, ForeignDocumentType documentType, String documentNumber, String country,
                        String powerOfAttorneyNumber) {

    /** The owner in person, as every release was before the kinds existed. */
    public static Recipient owner(String name, String nationalId, String ownershipDocument) {
        return new Recipient(ReleaseKind.OWNER, name, nationalId, ownershipDocument, null, null, null, null, null, null);
    }
}
