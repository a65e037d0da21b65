package com.promote.app.onboarding;

import com.codahale.metrics.health.HealthCheck;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * "mail": whether SMTP is configured, the dispatcher runs, and how much waits. A mail server
 * that is down is not unhealthy (emails wait, as designed: the age tells an operator); a
 * dispatcher that died is, since nothing would ever be sent again.
 */
public final class MailHealthCheck extends HealthCheck {
    private final Jdbi jdbi;
    private final OnboardingDispatcher dispatcher;
    private final String smtp;

    /** {@code smtp} describes the server, or is empty when none is configured. */
    public MailHealthCheck(Jdbi jdbi, OnboardingDispatcher dispatcher, String smtp) {
        this.jdbi = jdbi;
        this.dispatcher = dispatcher;
        this.smtp = smtp;
    }

    @Override
    protected Result check() {
        Optional<Throwable> death = dispatcher.death();
        if (death.isPresent()) {
            return Result.unhealthy("onboarding email dispatcher died: " + death.get());
        }
        DispatchDao dao = jdbi.onDemand(DispatchDao.class);
        long waiting = dao.countWaiting();
        Optional<Long> oldest = dao.oldestWaitingSeconds();
        return Result.builder().healthy()
                .withMessage("SMTP %s; dispatcher %s; %d waiting%s",
                        smtp.isEmpty() ? "not configured (emails wait)" : "configured (" + smtp + ")",
                        dispatcher.isRunning() ? "running" : "not running",
                        waiting, oldest.map(s -> ", oldest waiting " + s + "s").orElse(""))
                .withDetail("smtpConfigured", !smtp.isEmpty())
                .withDetail("dispatcherRunning", dispatcher.isRunning())
                .withDetail("waiting", waiting)
                .withDetail("oldestWaitingSeconds", oldest.orElse(null))
                .build();
    }
}
