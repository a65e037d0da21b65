package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class UndoJobOnMariaDbTest extends UndoJobContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
