package com.promote.app.security;

import com.promote.app.auth.HtmlPage;
import com.promote.app.auth.Public;
import com.promote.app.testing.PromoteTestApp;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Every route the running app serves, read from Jersey's own resource model (the app's, the
 * extensions', and the OPTIONS handlers Jersey adds), so a new route cannot be left out.
 */
record Routes(List<Route> all) {
    /** One method on one path template, e.g. {@code POST /api/communities/{c}/promotions}. */
    record Route(String method, String template, boolean isPublic, boolean page, String consumes) {
        /** The template with each {@code {param}} replaced by its value in {@code ids}, else 1. */
        String path(java.util.Map<String, String> ids) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)[^}]*}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, ids.getOrDefault(m.group(1), "1"));
            }
            return m.appendTail(out).toString();
        }

        boolean communityScoped() {
            return template.matches(".*\\{(c|communityId)\\b.*");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Routes of(PromoteTestApp app) {
        ServletContainer jersey = (ServletContainer) app.environment().getJerseyServletContainer();
        var model = jersey.getApplicationHandler().getInjectionManager()
                .getInstance(ExtendedResourceContext.class).getResourceModel();
        List<Route> routes = new ArrayList<>();
        for (Resource root : model.getRootResources()) {
            walk(root, "", routes);
        }
        return new Routes(List.copyOf(routes));
    }

    private static void walk(Resource resource, String parent, List<Route> routes) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Invocable invocable = method.getInvocable();
            Class<?> type = invocable.getHandler().getHandlerClass();
            Method java = invocable.getHandlingMethod();
            boolean isPublic = type.isAnnotationPresent(Public.class) || java.isAnnotationPresent(Public.class);
            String consumes = method.getConsumedTypes().stream().filter(t -> !t.isWildcardType())
                    .map(t -> t.getType() + "/" + t.getSubtype()).findFirst().orElse("application/json");
            routes.add(new Route(method.getHttpMethod(), path, isPublic, type.isAnnotationPresent(HtmlPage.class),
                    consumes));
        }
        for (Resource child : resource.getChildResources()) {
            walk(child, path, routes);
        }
    }

    private static String join(String parent, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return parent.isEmpty() ? "/" : parent;
        }
        String p = path.startsWith("/") ? path : "/" + path;
        String base = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
        String joined = base + p;
        return joined.endsWith("/") && joined.length() > 1 ? joined.substring(0, joined.length() - 1) : joined;
    }
}
