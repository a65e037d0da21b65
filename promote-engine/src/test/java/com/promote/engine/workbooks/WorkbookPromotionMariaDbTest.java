package com.promote.engine.workbooks;

import com.promote.engine.testing.TestDb;

class WorkbookPromotionMariaDbTest extends WorkbookPromotionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
