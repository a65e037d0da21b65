package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class RobustnessH2Test extends RobustnessContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
