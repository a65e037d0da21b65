package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class RobustnessOnH2Test extends RobustnessContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
