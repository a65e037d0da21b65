package com.promote.app.security;

import com.promote.testing.TestDatabase.Kind;

class RouteGuardOnH2Test extends RouteGuardContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
