package com.promote.app.onboarding;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.Reader;
import java.util.Set;

/**
 * What a community admin's onboarding template may say: the documented variables
 * ({@link #VARIABLES}) as values and sections, nothing else. No method calls or object
 * navigation ({@code {{email.bytes}}}), no partials or template inheritance (they would read
 * the server's files), and in the HTML part no unescaped values ({@code {{{x}}}}, {@code {{&x}}}):
 * CRM data must never become markup in an email. Values are looked up in a map only.
 */
class TemplateRules extends DefaultMustacheFactory {
    static final Set<String> VARIABLES = Set.of("communityName", "firstName", "lastName", "fullName",
            "greetingName", "email", "teamName", "teamAdmin");

    private final boolean html;

    TemplateRules(boolean html) {
        this.html = html;
        setObjectHandler(new MapObjectHandler());
    }

    @Override
    public Reader getReader(String resourceName) {
        throw new MustacheException("partials ({{> " + resourceName + "}}) are not allowed");
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                if (html && !encoded) {
                    throw refused(tc, "{{{" + variable + "}}} / {{&" + variable + "}}",
                            "the HTML part escapes every value; write {{" + variable + "}}");
                }
                allowed(tc, variable, "{{" + variable + "}}");
                super.value(tc, variable, encoded);
            }

            @Override
            public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                allowed(tc, variable, "{{#" + variable + "}}");
                super.iterable(tc, variable, mustache);
            }

            @Override
            public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                allowed(tc, variable, "{{^" + variable + "}}");
                super.notIterable(tc, variable, mustache);
            }

            @Override
            public void name(TemplateContext tc, String variable, Mustache mustache) {
                throw refused(tc, "{{$" + variable + "}}", "template blocks are not allowed");
            }

            @Override
            public void extend(TemplateContext tc, String variable, Mustache mustache) {
                throw refused(tc, "{{<" + variable + "}}", "template inheritance is not allowed");
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                throw refused(tc, "{{>" + variable + "}}", "partials are not allowed");
            }

            @Override
            public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                throw refused(tc, "{{>*" + variable + "}}", "partials are not allowed");
            }

            @Override
            public void pragma(TemplateContext tc, String pragma, String args) {
                throw refused(tc, "{{%" + pragma + "}}", "pragmas are not allowed");
            }
        };
    }

    private static void allowed(TemplateContext tc, String variable, String tag) {
        if (!VARIABLES.contains(variable.trim())) {
            throw refused(tc, tag, "the variables are " + String.join(", ", VARIABLES.stream().sorted().toList()));
        }
    }

    private static MustacheException refused(TemplateContext tc, String tag, String why) {
        return new MustacheException(tag + " on line " + tc.line() + " is not allowed: " + why);
    }
}
