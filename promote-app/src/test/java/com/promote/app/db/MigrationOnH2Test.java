package com.promote.app.db;

import com.promote.app.testing.TestDatabases.Kind;

class MigrationOnH2Test extends MigrationContract {
    @Override
    Kind kind() {
        return Kind.H2;
    }
}
