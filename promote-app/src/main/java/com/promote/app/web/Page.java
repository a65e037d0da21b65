package com.promote.app.web;

import com.promote.app.auth.PageSession;
import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/**
 * What every page's layout shows: the title, the signed-in admin and the session's CSRF
 * token (for forms and for the page's JavaScript). Templates are logic-less: everything they
 * print is escaped by Mustache's {@code {{...}}}.
 */
public abstract class Page extends View {
    private final String title;
    private final PageSession session;

    protected Page(String template, String title, PageSession session) {
        super(template, StandardCharsets.UTF_8);
        this.title = title;
        this.session = session;
    }

    public String title() {
        return title;
    }

    public boolean signedIn() {
        return session != null;
    }

    public String username() {
        return session == null ? "" : session.admin().username();
    }

    public String csrf() {
        return session == null ? "" : session.csrfToken();
    }
}
