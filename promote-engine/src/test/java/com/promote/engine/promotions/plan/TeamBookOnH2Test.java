package com.promote.engine.promotions.plan;

import com.promote.testing.TestDatabase;

class TeamBookOnH2Test extends TeamBookContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
