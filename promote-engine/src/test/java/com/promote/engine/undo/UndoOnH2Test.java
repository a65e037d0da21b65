package com.promote.engine.undo;

import com.promote.testing.TestDatabase;

class UndoOnH2Test extends UndoContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
