package com.promote.app.promotions;

import com.promote.app.testing.TestDatabases.Kind;

class PromotionApiOnMariaDbTest extends PromotionApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
