package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class PromotionApiOnMariaDbTest extends PromotionApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
