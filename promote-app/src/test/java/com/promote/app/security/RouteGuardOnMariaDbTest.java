package com.promote.app.security;

import com.promote.app.testing.TestDatabases.Kind;

class RouteGuardOnMariaDbTest extends RouteGuardContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
