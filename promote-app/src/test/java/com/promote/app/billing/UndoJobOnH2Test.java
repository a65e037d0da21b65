package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class UndoJobOnH2Test extends UndoJobContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
