package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class PromotionApiOnH2Test extends PromotionApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
