package com.promote.app.security;

import com.promote.testing.TestDatabase.Kind;

class RouteGuardOnMariaDbTest extends RouteGuardContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
