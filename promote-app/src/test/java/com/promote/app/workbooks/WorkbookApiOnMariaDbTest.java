package com.promote.app.workbooks;

import com.promote.app.testing.TestDatabases.Kind;

class WorkbookApiOnMariaDbTest extends WorkbookApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
