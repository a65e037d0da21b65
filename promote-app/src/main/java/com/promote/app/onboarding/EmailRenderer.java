package com.promote.app.onboarding;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders onboarding emails with Mustache. The HTML part escapes every value; the subject
 * and the text part take values as they are. {@link TemplateRules} says what a template may
 * use: a community admin's template must not read the server's files, call methods or put
 * CRM data into the HTML unescaped.
 */
public final class EmailRenderer {
    private static final String DEFAULTS = "com/promote/app/onboarding/";

    private final MustacheFactory html = new TemplateRules(true);
    private final MustacheFactory text = new TemplateRules(false) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("Could not write the email", e);
            }
        }
    };
    private final OnboardingTemplate defaults = new OnboardingTemplate(
            load("default-subject.mustache"), load("default-text.mustache"), load("default-html.mustache"));

    public OnboardingTemplate defaults() {
        return defaults;
    }

    public OnboardingMessage render(DueEmail email, OnboardingTemplate template) {
        Map<String, Object> scope = scope(email);
        // One line whatever the template says: a subject is a header.
        String subject = run(text, template.subject(), "subject", scope).replaceAll("\\s+", " ").trim();
        return new OnboardingMessage(email.email(), subject,
                run(text, template.text(), "text", scope), run(html, template.html(), "html", scope));
    }

    /** Throws IllegalArgumentException naming the part that does not compile. */
    public void check(OnboardingTemplate template) {
        compile(text, template.subject(), "subject");
        compile(text, template.text(), "text");
        compile(html, template.html(), "html");
    }

    private static Map<String, Object> scope(DueEmail email) {
        Map<String, Object> scope = new LinkedHashMap<>();
        String first = email.firstName() == null ? "" : email.firstName().trim();
        String last = email.lastName() == null ? "" : email.lastName().trim();
        scope.put("communityName", email.communityName());
        scope.put("firstName", first);
        scope.put("lastName", last);
        scope.put("fullName", (first + " " + last).trim());
        scope.put("greetingName", first.isEmpty() ? (first + " " + last).trim() : first);
        scope.put("email", email.email());
        scope.put("teamName", email.teamName());
        scope.put("teamAdmin", email.teamAdmin());
        return scope;
    }

    private static String run(MustacheFactory factory, String source, String part, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        compile(factory, source, part).execute(out, scope);
        return out.toString();
    }

    private static Mustache compile(MustacheFactory factory, String source, String part) {
        try {
            return factory.compile(new StringReader(source == null ? "" : source), part);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("The " + part + " template is not valid Mustache: " + e.getMessage(), e);
        }
    }

    private static String load(String name) {
        try (InputStream in = EmailRenderer.class.getClassLoader().getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULTS + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
