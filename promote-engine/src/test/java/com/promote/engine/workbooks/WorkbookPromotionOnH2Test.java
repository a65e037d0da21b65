package com.promote.engine.workbooks;

import com.promote.testing.TestDatabase;

class WorkbookPromotionOnH2Test extends WorkbookPromotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
