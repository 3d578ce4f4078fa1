package city.clearway.web;

import city.clearway.appeal.AppealOutcome;
import city.clearway.appeal.AppealStatus;
import city.clearway.audit.AuditAction;
import city.clearway.complaint.ComplaintOutcome;
import city.clearway.complaint.ComplaintStatus;
import city.clearway.fee.FeeKind;
import city.clearway.fee.PaymentMethod;
import city.clearway.impound.DisposalMethod;
import city.clearway.impound.ForeignDocumentType;
import city.clearway.impound.FuelLevel;
import city.clearway.impound.HoldAuthority;
import city.clearway.impound.ImpoundStatus;
import city.clearway.impound.NoticeChannel;
import city.clearway.impound.NoticeKind;
import city.clearway.impound.ReleaseKind;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import city.clearway.violation.ViolationStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The labels of codes on the pages ({@code messages/label.properties}, {@code label_fa.properties}): each method takes
 * an enum and its labels are kept under {@code <method>_<CONSTANT>} ({@code <method>_$<CONSTANT>} for an enum whose
 * constants have underscores), so a new constant without a label in both languages fails the build. Templates write
 * {@code {label:violationStatus(v.status)}}.
 */
@MessageBundle(value = "label", locale = "en")
public interface CodeLabels {

    @Message
    String violationStatus(ViolationStatus code);

    @Message
    String impoundStatus(ImpoundStatus code);

    @Message
    String violationType(ViolationType code);

    @Message
    String vehicleClass(VehicleClass code);

    @Message
    String paymentMethod(PaymentMethod code);

    @Message
    String holdAuthority(HoldAuthority code);

    @Message
    String feeKind(FeeKind code);

    @Message
    String auditAction(AuditAction code);

    @Message
    String complaintStatus(ComplaintStatus code);

    @Message
    String complaintOutcome(ComplaintOutcome code);

    @Message
    String releaseKind(ReleaseKind code);

    @Message
    String foreignDocumentType(ForeignDocumentType code);

    @Message
    String noticeKind(NoticeKind code);

    @Message
    String noticeChannel(NoticeChannel code);

    @Message
    String disposalMethod(DisposalMethod code);

    @Message
    String fuelLevel(FuelLevel code);

    @Message
    String appealStatus(AppealStatus code);

    @Message
    String appealOutcome(AppealOutcome code);
}
