package city.clearway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/** The way in and out of the office pages: sign in, sign out, the start page, the language switch. */
@Path("/office")
@Produces(MediaType.TEXT_HTML)
public class OfficeResource {

    /** The cookie that carries the signed-in session (see {@code quarkus.http.auth.form.cookie-name}). */
    static final String SESSION_COOKIE = "clearway-session";

    private final OfficeViews views;
    private final OfficeLanguage language;
    private final Template home;
    private final Template login;

    OfficeResource(OfficeViews views, OfficeLanguage language, @Location("office/home") Template home,
                   @Location("office/login") Template login) {
        this.views = views;
        this.language = language;
        this.home = home;
        this.login = login;
    }

    @GET
    @Authenticated
    public TemplateInstance home(@Context HttpHeaders headers) {
        return home.data("o", views.of(headers));
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") String error, @Context HttpHeaders headers) {
        Locale locale = language.of(headers);
        return login.data("o", views.of(locale)).data("failed", error != null);
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        return Response.seeOther(URI.create("/office/login"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    /** Switches the pages' language and goes back where the reader was. */
    @GET
    @Path("lang/{code}")
    @PermitAll
    public Response language(@PathParam("code") String code, @QueryParam("back") String back) {
        String chosen = "en".equals(code) ? "en" : "fa";
        String target = back != null && back.startsWith("/office") && !back.startsWith("//") ? back : "/office";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(OfficeLanguage.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
