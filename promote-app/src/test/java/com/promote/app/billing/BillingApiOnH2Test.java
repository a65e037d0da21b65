package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class BillingApiOnH2Test extends BillingApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
