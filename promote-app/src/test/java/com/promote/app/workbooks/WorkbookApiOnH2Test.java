package com.promote.app.workbooks;

import com.promote.testing.TestDatabase.Kind;

class WorkbookApiOnH2Test extends WorkbookApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
