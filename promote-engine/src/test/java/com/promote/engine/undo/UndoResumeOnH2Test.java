package com.promote.engine.undo;

import com.promote.testing.TestDatabase;

class UndoResumeOnH2Test extends UndoResumeContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
