package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class RobustnessOnMariaDbTest extends RobustnessContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
