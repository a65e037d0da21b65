package com.promote.app.api;

import com.promote.app.testing.TestDatabases.Kind;

class ReferenceDataApiOnH2Test extends ReferenceDataApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
