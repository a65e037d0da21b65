package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class PromotionOnMariaDbTest extends PromotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
