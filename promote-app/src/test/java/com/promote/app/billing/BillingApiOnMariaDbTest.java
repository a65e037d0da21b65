package com.promote.app.billing;

import com.promote.app.testing.TestDatabases.Kind;

class BillingApiOnMariaDbTest extends BillingApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
