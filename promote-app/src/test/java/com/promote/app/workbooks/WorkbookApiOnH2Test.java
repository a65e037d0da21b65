package com.promote.app.workbooks;

import com.promote.app.testing.TestDatabases.Kind;

class WorkbookApiOnH2Test extends WorkbookApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
