package com.promote.app.security;

import com.promote.testing.TestDatabase.Kind;

class SecurityFindingsOnH2Test extends SecurityFindingsContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
