package com.promote.app.api;

import com.promote.testing.TestDatabase.Kind;

class CrmApiOnH2Test extends CrmApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
