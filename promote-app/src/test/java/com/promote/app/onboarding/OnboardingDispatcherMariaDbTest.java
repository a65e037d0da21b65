package com.promote.app.onboarding;

class OnboardingDispatcherMariaDbTest extends OnboardingDispatcherContract {
    @Override
    OutboxDatabase open() {
        return OutboxDatabase.mariaDb();
    }
}
