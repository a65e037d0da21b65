package com.promote.engine.promotions;

import com.promote.engine.testing.TestDb;

class PromotionRestartH2Test extends PromotionRestartContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
