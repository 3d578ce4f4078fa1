package city.clearway.web;

import city.clearway.audit.AuditEvent;
import city.clearway.audit.AuditVerifier.Verification;
import city.clearway.common.Problem;
import city.clearway.complaint.Complaint;
import city.clearway.complaint.ComplaintService.Queued;
import city.clearway.complaint.ComplaintStatus;
import city.clearway.fee.FeeDtos.FeeQuoteView;
import city.clearway.fee.Payment;
import city.clearway.fee.PaymentMethod;
import city.clearway.impound.Hold;
import city.clearway.impound.DisposalMethod;
import city.clearway.impound.HoldAuthority;
import city.clearway.impound.OwnerNotice;
import city.clearway.impound.Impound;
import city.clearway.impound.ImpoundStatus;
import city.clearway.impound.IntakeInventory;
import city.clearway.impound.InventoryLine;
import city.clearway.reference.District;
import city.clearway.reference.ViolationType;
import city.clearway.report.ReportService;
import city.clearway.violation.Photo;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationQuery;
import city.clearway.violation.ViolationStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Map;

/**
 * The office pages under {@code templates/office}, each with the data it shows, typed: the build checks every
 * expression of a page against these types, so a renamed field fails the build, not a clerk's page.
 */
@CheckedTemplate(basePath = "office", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class OfficeTemplates {

    private OfficeTemplates() {
    }

    static native TemplateInstance home(OfficeView o);

    static native TemplateInstance login(OfficeView o, boolean failed, String formToken);

    static native TemplateInstance password(OfficeView o, boolean required, boolean changed, String error);

    static native TemplateInstance problem(OfficeView o, Problem problem, String explained);

    static native TemplateInstance search(OfficeView o, ViolationQuery filters, String query, List<Violation> violations, String next,
                                          boolean searched, String error, List<District> districts, List<ViolationStatus> statuses,
                                          List<ViolationType> types);

    static native TemplateInstance timeline(OfficeView o, Violation violation, Impound impound, List<Photo> photos,
                                            List<AuditEvent> events);

    static native TemplateInstance chain(OfficeView o, Verification verdict);

    static native TemplateInstance report(OfficeView o, String from, String to, String groupBy, ReportService.Report report,
                                          AuditorDesk.BarChart chart, String error);

    static native TemplateInstance inventory(OfficeView o, List<InventoryLine> rows, String plate, String status, String error,
                                             List<ImpoundStatus> statuses);

    static native TemplateInstance impound(OfficeView o, Impound impound, Violation violation, FeeQuoteView quote, List<Payment> payments,
                                           List<Hold> holds, boolean canTakePayments, boolean canSupervise, List<PaymentMethod> methods,
                                           List<HoldAuthority> authorities, String token, Map<String, String> form, String notice,
                                           String error, ReleasePanel release,
                                           List<OwnerNotice> notices, boolean canDispose, List<DisposalMethod> disposalMethods,
                                           IntakeSection intake);

    static native TemplateInstance receipt(OfficeView o, Impound impound, Violation violation, Payment payment);

    static native TemplateInstance releaseSlip(OfficeView o, Impound impound, Violation violation, IntakeInventory inventory);

    static native TemplateInstance complaints(OfficeView o, List<Queued> rows, ComplaintDesk.Filters filters, String error,
                                              List<ComplaintStatus> statuses);

    static native TemplateInstance complaint(OfficeView o, Complaint complaint, List<String> plates, List<AuditEvent> events,
                                             boolean canClose, String reason, String notice, String error);

    static native TemplateInstance unclaimed(OfficeView o, List<Impound> rows, int days, String error);
}
