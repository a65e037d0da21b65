package com.promote.engine.workbooks;

import com.promote.engine.testing.TestDb;

class WorkbookPromotionH2Test extends WorkbookPromotionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
