package com.promote.app.billing;

import com.promote.app.testing.TestDatabases.Kind;

class ReleaseMigrationOnH2Test extends ReleaseMigrationContract {
    @Override
    Kind kind() {
        return Kind.H2;
    }
}
