package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class PromotionH2Test extends PromotionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
