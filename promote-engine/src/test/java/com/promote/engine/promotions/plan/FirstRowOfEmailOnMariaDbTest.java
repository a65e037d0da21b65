package com.promote.engine.promotions.plan;

import com.promote.testing.TestDatabase;

class FirstRowOfEmailOnMariaDbTest extends FirstRowOfEmailContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
