package com.promote.app.web;

import com.promote.app.activity.SignInLog;
import com.promote.app.auth.Admin;
import com.promote.app.auth.AdminAuthenticator;
import com.promote.app.auth.PageSession;
import com.promote.app.auth.Public;
import com.promote.app.auth.SignInThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * Sign in and out. The sign-in form is itself guarded by a double-submit token (a random value
 * in a SameSite=Strict cookie and in the form), so another site cannot sign a browser in.
 * Each sign-in gets a fresh session token: one a browser had before is never reused.
 * {@link Public}: these check the session themselves, since signed-out visitors must reach them.
 */
@Public
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class LoginResource {
    static final String LOGIN_COOKIE = "promote_login";

    private final AdminAuthenticator authenticator;
    private final WebSessions sessions;
    private final SignInLog signIns;

    LoginResource(AdminAuthenticator authenticator, WebSessions sessions, SignInLog signIns) {
        this.signIns = signIns;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @GET
    public Response home(@CookieParam(PageSession.COOKIE) String cookie) {
        return Response.seeOther(URI.create(sessions.find(cookie).isPresent() ? "/communities" : "/login")).build();
    }

    @GET
    @Path("login")
    public Response form(@CookieParam(PageSession.COOKIE) String cookie, @QueryParam("out") String out,
                         @Context UriInfo uri) {
        if (sessions.find(cookie).isPresent()) {
            return Response.seeOther(URI.create("/communities")).build();
        }
        return loginForm(null, null, out != null ? "You are signed out." : null, 200, secure(uri));
    }

    @POST
    @Path("login")
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("formToken") String formToken,
                           @CookieParam(LOGIN_COOKIE) String loginCookie, @Context UriInfo uri,
                           @Context HttpServletRequest request) {
        if (loginCookie == null || formToken == null || !WebSessions.hash(loginCookie).equals(WebSessions.hash(formToken))) {
            throw PageAuth.forbidden();
        }
        Optional<Admin> admin;
        try {
            admin = username == null || password == null || username.isBlank() ? Optional.empty()
                    : authenticator.authenticate(username.trim(), password, request.getRemoteAddr());
        } catch (SignInThrottle.Throttled e) {
            signIns.failed(username.trim(), "admin page: held back by the sign-in throttle");
            return loginForm(username, e.getMessage(), null, 429, secure(uri));
        }
        if (admin.isEmpty()) {
            if (username != null && !username.isBlank()) {
                signIns.failed(username.trim(), "admin page: wrong password");
            }
            return loginForm(username, "Wrong username or password.", null, 401, secure(uri));
        }
        WebSessions.Created created = sessions.create(admin.get());
        signIns.signedIn(admin.get().id(), "admin page");
        return Response.seeOther(URI.create("/communities"))
                .cookie(cookie(PageSession.COOKIE, created.token(), "/", NewCookie.SameSite.LAX,
                        (int) WebSessions.LIFETIME.toSeconds(), secure(uri)),
                        cookie(LOGIN_COOKIE, "", "/login", NewCookie.SameSite.STRICT, 0, secure(uri)))
                .build();
    }

    @POST
    @Path("logout")
    public Response signOut(@CookieParam(PageSession.COOKIE) String cookie, @FormParam("csrf") String csrf,
                            @Context UriInfo uri) {
        var session = sessions.find(cookie);
        if (session.isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        PageAuth.requireCsrf(session.get(), csrf);
        sessions.end(cookie);
        signIns.signedOut(session.get().admin().id());
        return Response.seeOther(URI.create("/login?out"))
                .cookie(cookie(PageSession.COOKIE, "", "/", NewCookie.SameSite.LAX, 0, secure(uri)))
                .build();
    }

    private Response loginForm(String username, String error, String notice, int status, boolean secure) {
        String token = WebSessions.randomToken();
        return Response.status(status).entity(new LoginPage(token, username, error, notice))
                .cookie(cookie(LOGIN_COOKIE, token, "/login", NewCookie.SameSite.STRICT, 3600, secure))
                .build();
    }

    private static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }

    private static NewCookie cookie(String name, String value, String path, NewCookie.SameSite sameSite, int maxAge,
                                    boolean secure) {
        return new NewCookie.Builder(name).value(value).path(path).httpOnly(true).sameSite(sameSite)
                .maxAge(maxAge).secure(secure).build();
    }
}
