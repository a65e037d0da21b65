package com.promote.app.onboarding;

class OnboardingDispatcherH2Test extends OnboardingDispatcherContract {
    @Override
    OutboxDatabase open() {
        return OutboxDatabase.h2();
    }
}
