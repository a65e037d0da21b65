package com.promote.app.onboarding;

/** A community's onboarding email, as Mustache sources: subject, plain text and HTML. */
public record OnboardingTemplate(String subject, String text, String html) {
}
