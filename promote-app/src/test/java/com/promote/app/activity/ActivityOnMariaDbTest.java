package com.promote.app.activity;

import com.promote.app.testing.TestDatabases.Kind;

class ActivityOnMariaDbTest extends ActivityContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
