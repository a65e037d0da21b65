package com.promote.app.security;

import com.promote.app.testing.TestDatabases.Kind;

class SecurityFindingsOnH2Test extends SecurityFindingsContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
