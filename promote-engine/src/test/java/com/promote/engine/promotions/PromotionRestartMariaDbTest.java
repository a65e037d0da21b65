package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class PromotionRestartMariaDbTest extends PromotionRestartContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
