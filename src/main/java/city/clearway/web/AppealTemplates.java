package city.clearway.web;

import city.clearway.appeal.Appeal;
import city.clearway.appeal.AppealOutcome;
import city.clearway.appeal.AppealStatus;
import city.clearway.fee.PaymentMethod;
import city.clearway.violation.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Map;

/** The appeal pages under {@code templates/office}, typed as {@link OfficeTemplates} are. */
@CheckedTemplate(basePath = "office", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class AppealTemplates {

    private AppealTemplates() {
    }

    static native TemplateInstance appeals(OfficeView o, List<Appeal> rows, String status, String error, List<AppealStatus> statuses);

    static native TemplateInstance appealCase(OfficeView o, Violation violation, List<Appeal> appeals, long refundDue, boolean canFile,
                                              boolean canDecide, boolean canRefund, List<PaymentMethod> methods, Map<String, String> form,
                                              String notice, String error, List<AppealOutcome> outcomes);
}
