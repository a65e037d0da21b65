package com.promote.app.activity;

import com.promote.testing.TestDatabase.Kind;

class ActivityOnMariaDbTest extends ActivityContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
