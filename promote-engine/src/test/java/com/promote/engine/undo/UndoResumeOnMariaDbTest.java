package com.promote.engine.undo;

import com.promote.testing.TestDatabase;

class UndoResumeOnMariaDbTest extends UndoResumeContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
