package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class ReleaseMigrationOnMariaDbTest extends ReleaseMigrationContract {
    @Override
    Kind kind() {
        return Kind.MARIADB;
    }
}
