package com.promote.engine.undo;

import com.promote.engine.testing.TestDb;

class UndoH2Test extends UndoContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
