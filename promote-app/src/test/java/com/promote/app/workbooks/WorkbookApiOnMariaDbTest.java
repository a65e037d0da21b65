package com.promote.app.workbooks;

import com.promote.testing.TestDatabase.Kind;

class WorkbookApiOnMariaDbTest extends WorkbookApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
