package com.promote.app.web;

import com.promote.api.ExtensionMigration;
import com.promote.app.activity.SignInLog;
import com.promote.app.auth.AdminAuthenticator;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.communities.TeamExtras;
import com.promote.engine.members.MemberReader;
import io.dropwizard.core.setup.Environment;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin page: sign-in sessions (also accepted by the JSON API, with a CSRF token), the
 * community pages (with what the extensions say about their part) and their security headers.
 * Its stylesheet and script modules are the assets under {@code /assets/}.
 */
public final class WebFeature {
    /** Migrated with the app's own changelogs (see {@code Extensions.changelogs()}). */
    public static final ExtensionMigration CHANGELOG =
            new ExtensionMigration("com/promote/app/web/web-changelog.sql", WebFeature.class);

    private WebFeature() {
    }

    public static void install(Environment environment, Jdbi jdbi, CommunityGuard guard,
                               AdminAuthenticator authenticator, WebSessions sessions, TeamExtras teamExtras,
                               MemberReader members, ExtensionPages extensionPages, SignInLog signIns) {
        environment.jersey().register(new SecurityHeaders());
        environment.servlets().addFilter("asset-headers", new AssetHeaders())
                .addMappingForUrlPatterns(null, false, "/assets/*");
        environment.jersey().register(new LoginResource(authenticator, sessions, signIns));
        environment.jersey().register(new CommunityPages(jdbi, guard, teamExtras, members,
                extensionPages));
    }
}
