package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class PromotionMariaDbTest extends PromotionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
