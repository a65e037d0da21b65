package com.promote.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnboardingRendererTest {
    private final EmailRenderer renderer = new EmailRenderer();
    private final DueEmail ann = new DueEmail(1, 1, 0, "ann@example.com", "Ann", "Lee", "Acme", false, "Hive");

    @Test
    void theDefaultNamesTheCommunityTheMemberTheTeamAndWhatToDoNext() {
        OnboardingMessage m = renderer.render(ann, renderer.defaults());
        assertThat(m.to()).isEqualTo("ann@example.com");
        assertThat(m.subject()).isEqualTo("Welcome to Hive, Ann");
        for (String body : new String[] {m.text(), m.html()}) {
            assertThat(body).contains("Hive", "Ann", "Acme", "What to do next");
        }
        assertThat(m.text()).doesNotContain("<").doesNotContain("\n\n\n");
    }

    @Test
    void aMemberWithoutFirstNameIsGreetedByFullName() {
        DueEmail noFirst = new DueEmail(1, 1, 0, "x@example.com", null, "Lee", "Acme", true, "Hive");
        OnboardingMessage m = renderer.render(noFirst, renderer.defaults());
        assertThat(m.subject()).isEqualTo("Welcome to Hive, Lee");
        assertThat(m.text()).contains("You are your team's admin");
    }

    @Test
    void aSubjectStaysOneLine() {
        OnboardingMessage m = renderer.render(ann, new OnboardingTemplate("Hi\r\n{{firstName}}\nBcc: x", "t", "h"));
        assertThat(m.subject()).isEqualTo("Hi Ann Bcc: x");
    }

    @Test
    void partialsAndBrokenTemplatesAreRefused() {
        assertThatThrownBy(() -> renderer.check(new OnboardingTemplate("s", "{{> secrets}}", "h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> renderer.check(new OnboardingTemplate("s", "t", "{{#x}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html");
    }

    @Test
    void backOffDoublesFromOneSecondUpToTenMinutes() {
        assertThat(Backoff.seconds(1)).isEqualTo(1);
        assertThat(Backoff.seconds(2)).isEqualTo(2);
        assertThat(Backoff.seconds(5)).isEqualTo(16);
        assertThat(Backoff.seconds(10)).isEqualTo(512);
        assertThat(Backoff.seconds(11)).isEqualTo(600);
        assertThat(Backoff.seconds(1000)).isEqualTo(600);
    }
}
