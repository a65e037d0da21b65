package com.promote.app.onboarding;

import com.promote.testing.TestDatabase;

class OnboardingDispatcherOnMariaDbTest extends OnboardingDispatcherContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
