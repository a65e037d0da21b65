package com.promote.engine.undo;

import com.promote.testing.TestDatabase;

class UndoOnMariaDbTest extends UndoContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
