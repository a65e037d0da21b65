package com.promote.app.onboarding;

/** Hands one message to a mail server; throws when the server did not accept it. */
public interface MailSender {
    void send(OnboardingMessage message) throws Exception;
}
