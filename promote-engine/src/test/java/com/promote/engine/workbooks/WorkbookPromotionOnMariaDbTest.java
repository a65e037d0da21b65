package com.promote.engine.workbooks;

import com.promote.testing.TestDatabase;

class WorkbookPromotionOnMariaDbTest extends WorkbookPromotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
