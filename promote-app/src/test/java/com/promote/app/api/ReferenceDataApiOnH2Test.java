package com.promote.app.api;

import com.promote.testing.TestDatabase.Kind;

class ReferenceDataApiOnH2Test extends ReferenceDataApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
