package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class BillingApiOnMariaDbTest extends BillingApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
