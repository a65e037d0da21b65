package com.promote.app.db;

import com.promote.testing.TestDatabase.Kind;

class MigrationOnH2Test extends MigrationContract {
    @Override
    Kind kind() {
        return Kind.H2;
    }
}
