package city.clearway.web;

import city.clearway.common.CityTime;
import city.clearway.common.Messages;
import city.clearway.common.Problem;
import city.clearway.common.ProblemException;
import city.clearway.common.Problems;
import city.clearway.common.TimeSource;
import city.clearway.security.Caller;
import city.clearway.security.OfficeSessions;
import city.clearway.security.PasswordSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** Makes the {@link OfficeView} of a request, in the language the reader chose. */
@ApplicationScoped
public class OfficeViews {

    private final OfficeLanguage language;
    private final Messages messages;
    private final CityTime cityTime;
    private final TimeSource time;
    private final Caller caller;
    private final Problems problems;
    private final PasswordSignIn signIn;

    OfficeViews(OfficeLanguage language, Messages messages, CityTime cityTime, TimeSource time, Caller caller, Problems problems,
                PasswordSignIn signIn) {
        this.problems = problems;
        this.signIn = signIn;
        this.language = language;
        this.messages = messages;
        this.cityTime = cityTime;
        this.time = time;
        this.caller = caller;
    }

    /** The view of a signed-in reader's page. */
    public OfficeView of(HttpHeaders headers) {
        return new OfficeView(language.of(headers), cityTime, time, caller, OfficeSessions.formToken(headers.getCookies()),
                signIn.checksPasswords());
    }

    /** The view of a page for a reader who is not signed in (the sign-in page). */
    public OfficeView signedOut(Locale locale) {
        return new OfficeView(locale, cityTime, time, null, null, false);
    }

    public OfficeView signedOut(HttpHeaders headers) {
        return signedOut(language.of(headers));
    }

    /** A refusal as a sentence for the page: the problem's detail, then each failing field by its label. */
    public String explain(ProblemException e, OfficeView view) {
        Problem problem = problems.document(e, view.locale(), null);
        if (problem.errors() == null) {
            return problem.detail();
        }
        StringBuilder text = new StringBuilder(problem.detail());
        for (Problem.FieldError field : problem.errors()) {
            text.append(' ').append(view.field(field.field())).append(": ").append(field.message()).append('.');
        }
        return text.toString();
    }
}
