package com.promote.app.auth;

import com.promote.app.activity.SignInLog;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.chained.ChainedAuthFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Deny by default: every resource method Jersey routes to, the app's and every extension's,
 * needs a signed-in admin unless it is marked {@link Public}. The decision follows Jersey's
 * routing (the method a request reaches), never the request's path string, so encoded or
 * decorated paths ({@code /api;x=1/admins}) meet the same guard as plain ones.
 *
 * <p>API methods take HTTP Basic or the page's session cookie (with its CSRF token on changes);
 * {@link HtmlPage} resources take the cookie and send anyone else to the sign-in form.
 */
public final class AdminsOnly implements DynamicFeature {
    private final AuthFilter<?, Admin> api;
    private final CsrfFilter csrf = new CsrfFilter();
    private final PageSignInFilter page;

    @SuppressWarnings({"rawtypes", "unchecked"})
    public AdminsOnly(AdminAuthenticator authenticator, SessionLookup sessions, SignInLog signIns) {
        List<AuthFilter> chain = List.of(new BasicSignInFilter(authenticator, signIns),
                new SessionCookieAuthFilter(sessions));
        this.api = new ChainedAuthFilter<>(chain);
        this.page = new PageSignInFilter(sessions);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class)) {
            return;
        }
        if (type.isAnnotationPresent(HtmlPage.class)) {
            context.register(page, Priorities.AUTHENTICATION);
            return;
        }
        context.register(api, Priorities.AUTHENTICATION);
        context.register(csrf, Priorities.AUTHORIZATION);
    }
}
