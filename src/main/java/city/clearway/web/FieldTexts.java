package city.clearway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of form fields ({@code messages/field.properties}, {@code field_fa.properties}), named as requests name
 * the fields, so that a refusal naming a field finds its label ({@link FieldLabels}). Templates write {@code {field:plate}}.
 */
@MessageBundle(value = "field", locale = "en")
public interface FieldTexts {

    @Message String address();
    @Message String age();
    @Message String amount();
    @Message String authority();
    @Message String balance();
    @Message String charged();
    @Message String companyName();
    @Message String companyNationalId();
    @Message String country();
    @Message String description();
    @Message String distance();
    @Message String district();
    @Message String documentNumber();
    @Message String documentType();
    @Message String fine();
    @Message String from();
    @Message String group();
    @Message String groupBy();
    @Message String holdReason();
    @Message String impoundedAt();
    @Message String inLot();
    @Message String inspector();
    @Message String item();
    @Message String kind();
    @Message String lat();
    @Message String liftReason();
    @Message String location();
    @Message String lon();
    @Message String lot();
    @Message String method();
    @Message String note();
    @Message String observedAt();
    @Message String overrideReason();
    @Message String ownershipDocument();
    @Message String paid();
    @Message String plate();
    @Message String powerOfAttorneyNumber();
    @Message String reason();
    @Message String receiptNumber();
    @Message String receivedAt();
    @Message String receivedBy();
    @Message String reference();
    @Message String registeredAt();
    @Message String releaseNumber();
    @Message String releasedAt();
    @Message String releasedBy();
    @Message String releasedTo_companyName();
    @Message String releasedTo_companyNationalId();
    @Message String releasedTo_country();
    @Message String releasedTo_documentNumber();
    @Message String releasedTo_documentType();
    @Message String releasedTo_kind();
    @Message String releasedTo_powerOfAttorneyNumber();
    @Message String releasedToName();
    @Message String releasedToNationalId();
    @Message String reportCount();
    @Message String reportedPlates();
    @Message String serviceRequestId();
    @Message String status();
    @Message String ticket();
    @Message String to();
    @Message String towOperator();
    @Message String vehicleClass();
    @Message String violation();
    @Message String violationType();
    @Message String waived();
    @Message String waiverAmount();
    @Message String waiverReason();
    @Message String appeal();
    @Message String evidence();
    @Message String grounds();
    @Message String outcome();}
