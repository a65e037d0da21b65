package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class PromotionRestartOnMariaDbTest extends PromotionRestartContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
