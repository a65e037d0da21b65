package com.promote.app.onboarding;

import com.promote.api.ActivityLog;
import com.promote.app.SmtpConfiguration;
import com.promote.app.auth.CommunityGuard;
import io.dropwizard.core.setup.Environment;
import jakarta.mail.MessagingException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

/** Onboarding emails in one place: the endpoints, the outbox dispatcher and the "mail" check. */
public final class OnboardingFeature {
    private OnboardingFeature() {
    }

    public static OnboardingDispatcher install(Environment environment, Jdbi jdbi, SmtpConfiguration smtp,
                                               CommunityGuard guard, ActivityLog activity) {
        EmailRenderer renderer = new EmailRenderer();
        environment.jersey().register(new MemberOnboardingResource(jdbi, guard, activity));
        environment.jersey().register(new PromotionOnboardingResource(jdbi, guard, activity));
        environment.jersey().register(new TemplateResource(jdbi, guard, renderer, activity));

        OnboardingDispatcher dispatcher = new OnboardingDispatcher(jdbi, sender(smtp), renderer,
                OnboardingDispatcher.Settings.DEFAULT);
        if (smtp.isConfigured()) {
            environment.lifecycle().manage(dispatcher);
        } else {
            // Nothing to send with: emails wait in the outbox until a server is configured.
            LoggerFactory.getLogger(OnboardingFeature.class)
                    .warn("No SMTP host configured (PROMOTE_SMTP_HOST): onboarding emails will wait in the outbox");
        }
        String server = smtp.isConfigured() ? smtp.getHost() + ":" + smtp.getPort() : "";
        environment.healthChecks().register("mail", new MailHealthCheck(jdbi, dispatcher, server));
        return dispatcher;
    }

    private static MailSender sender(SmtpConfiguration smtp) {
        if (!smtp.isConfigured()) {
            return message -> {
                throw new IllegalStateException("no SMTP server configured");
            };
        }
        try {
            return new SmtpMailSender(smtp.getHost(), smtp.getPort(), smtp.getFrom(), smtp.getUsername(),
                    smtp.getPassword(), smtp.isStartTls());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("smtp.from is not a valid address: " + smtp.getFrom(), e);
        }
    }
}
