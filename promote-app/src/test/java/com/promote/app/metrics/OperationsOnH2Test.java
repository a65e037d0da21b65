package com.promote.app.metrics;

import com.promote.testing.TestDatabase.Kind;

class OperationsOnH2Test extends OperationsContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
