package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class PromotionRestartOnH2Test extends PromotionRestartContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
