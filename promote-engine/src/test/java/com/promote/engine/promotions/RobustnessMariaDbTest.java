package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class RobustnessMariaDbTest extends RobustnessContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
