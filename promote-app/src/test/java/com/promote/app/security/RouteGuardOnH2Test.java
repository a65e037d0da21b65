package com.promote.app.security;

import com.promote.app.testing.TestDatabases.Kind;

class RouteGuardOnH2Test extends RouteGuardContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
