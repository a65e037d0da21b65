package com.promote.engine.promotions.plan;

import com.promote.testing.TestDatabase;

class TeamBookOnMariaDbTest extends TeamBookContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
