package city.clearway.web;

import city.clearway.web.PublicPages.FoundCase;
import city.clearway.web.PublicPages.ReportStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The public pages under {@code templates/public}, typed as {@link OfficeTemplates} are: the build checks every expression. */
@CheckedTemplate(basePath = "public")
final class PublicTemplates {

    private PublicTemplates() {
    }

    static native TemplateInstance find(OfficeView o, String plate, String ticket, String switchTo, boolean searched, List<FoundCase> cases,
                                        String error);

    static native TemplateInstance report(OfficeView o, String id, String switchTo, ReportStatus found, String error);
}
