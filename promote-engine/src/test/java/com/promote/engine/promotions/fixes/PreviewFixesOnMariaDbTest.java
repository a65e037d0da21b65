package com.promote.engine.promotions.fixes;

import com.promote.testing.TestDatabase;

class PreviewFixesOnMariaDbTest extends PreviewFixesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
