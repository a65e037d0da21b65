package com.promote.billing.db;

import com.promote.testing.TestDatabase;

/** The billing store on the embedded H2 database (MySQL mode) the app uses by default. */
class BillingStoreOnH2Test extends BillingStoreContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
