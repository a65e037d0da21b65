package com.promote.engine.promotions;

import com.promote.testing.TestDatabase;

class PromotionOnH2Test extends PromotionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
