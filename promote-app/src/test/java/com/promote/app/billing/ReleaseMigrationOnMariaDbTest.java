package com.promote.app.billing;

import com.promote.app.testing.TestDatabases.Kind;

class ReleaseMigrationOnMariaDbTest extends ReleaseMigrationContract {
    @Override
    Kind kind() {
        return Kind.MARIADB;
    }
}
