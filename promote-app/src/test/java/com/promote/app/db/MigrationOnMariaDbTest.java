package com.promote.app.db;

import com.promote.testing.TestDatabase.Kind;

class MigrationOnMariaDbTest extends MigrationContract {
    @Override
    Kind kind() {
        return Kind.MARIADB;
    }
}
