package com.promote.app.retention;

import com.promote.app.testing.TestDatabases.Kind;

class RetentionOnMariaDbTest extends RetentionContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
