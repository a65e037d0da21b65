package com.promote.app.onboarding;

/** One rendered onboarding email: where it goes and its two alternative bodies. */
public record OnboardingMessage(String to, String subject, String text, String html) {
}
