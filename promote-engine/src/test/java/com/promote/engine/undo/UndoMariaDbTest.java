package com.promote.engine.undo;

import com.promote.engine.testing.TestDb;

class UndoMariaDbTest extends UndoContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
