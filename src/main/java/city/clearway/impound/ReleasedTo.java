package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The kind of recipient a vehicle was released to and the documents of that kind, as the release slip shows them. */
@Embeddable
public class ReleasedTo {

    @Enumerated(EnumType.STRING)
    @Column(name = "released_to_kind")
    private ReleaseKind kind;

    @Column(name = "released_to_company_name")
    private String companyName;

    @Column(name = "released_to_company_national_id")
    private String companyNationalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "released_to_document_type")
    private ForeignDocumentType documentType;

    @Column(name = "released_to_document_number")
    private String documentNumber;

    @Column(name = "released_to_country")
    private String country;

    @Column(name = "released_to_power_of_attorney")
    private String powerOfAttorneyNumber;

    protected ReleasedTo() {
    }

    ReleasedTo(Recipient recipient) {
        this.kind = recipient.kind();
        this.companyName = recipient.companyName();
        this.companyNationalId = recipient.companyNationalId();
        this.documentType = recipient.documentType();
        this.documentNumber = recipient.documentNumber();
        this.country = recipient.country();
        this.powerOfAttorneyNumber = recipient.powerOfAttorneyNumber();
    }

    public ReleaseKind getKind() {
        return kind;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCompanyNationalId() {
        return companyNationalId;
    }

    public ForeignDocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getCountry() {
        return country;
    }

    public String getPowerOfAttorneyNumber() {
        return powerOfAttorneyNumber;
    }
}
