package com.promote.app.onboarding;

import com.promote.testing.TestDatabase;

class OnboardingDispatcherOnH2Test extends OnboardingDispatcherContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
