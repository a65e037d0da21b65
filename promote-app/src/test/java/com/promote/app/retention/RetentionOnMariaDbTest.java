package com.promote.app.retention;

import com.promote.testing.TestDatabase.Kind;

class RetentionOnMariaDbTest extends RetentionContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
