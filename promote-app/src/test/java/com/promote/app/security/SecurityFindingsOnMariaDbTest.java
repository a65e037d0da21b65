package com.promote.app.security;

import com.promote.testing.TestDatabase.Kind;

class SecurityFindingsOnMariaDbTest extends SecurityFindingsContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
