package com.promote.billing.db;

/** The billing store on the embedded H2 database (MySQL mode) the app uses by default. */
class H2BillingStoreTest extends BillingStoreContract {
    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
