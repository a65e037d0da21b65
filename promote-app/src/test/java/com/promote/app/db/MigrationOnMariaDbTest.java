package com.promote.app.db;

import com.promote.app.testing.TestDatabases.Kind;

class MigrationOnMariaDbTest extends MigrationContract {
    @Override
    Kind kind() {
        return Kind.MARIADB;
    }
}
