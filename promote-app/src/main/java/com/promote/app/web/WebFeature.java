package com.promote.app.web;

import com.promote.api.ExtensionMigration;
import com.promote.app.activity.SignInLog;
import com.promote.app.auth.AdminAuthenticator;
import com.promote.app.auth.CommunityGuard;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin page: sign-in sessions (also accepted by the JSON API, with a CSRF token), the
 * community pages and their security headers. Its stylesheet and script are the assets under
 * {@code /assets/}.
 */
public final class WebFeature {
    /** Migrated with the app's own changelogs (see {@code Extensions.changelogs()}). */
    public static final ExtensionMigration CHANGELOG =
            new ExtensionMigration("com/promote/app/web/web-changelog.sql", WebFeature.class);

    private WebFeature() {
    }

    public static void install(Environment environment, Jdbi jdbi, CommunityGuard guard,
                               AdminAuthenticator authenticator, SignInLog signIns) {
        WebSessions sessions = new WebSessions(jdbi, Clock.systemUTC());
        environment.jersey().register(new SessionCookieFilter(sessions));
        environment.jersey().register(new SecurityHeaders());
        environment.jersey().register(new LoginResource(authenticator, sessions, signIns));
        environment.jersey().register(new CommunityPages(jdbi, guard, new PageAuth(sessions)));
    }
}
