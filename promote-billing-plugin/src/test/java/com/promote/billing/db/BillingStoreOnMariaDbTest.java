package com.promote.billing.db;

import com.promote.testing.TestDatabase;

/** The billing store on MariaDB, in a database of its own that is dropped afterwards. */
class BillingStoreOnMariaDbTest extends BillingStoreContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
