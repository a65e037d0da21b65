package com.promote.app.billing;

import com.promote.app.testing.TestDatabases.Kind;

class BillingApiOnH2Test extends BillingApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
