package com.promote.billing.db;

/** The billing store on MariaDB, in a database of its own that is dropped afterwards. */
class MariaDbBillingStoreTest extends BillingStoreContract {
    @Override
    protected TestDatabase open() {
        return TestDatabase.mariaDb();
    }
}
