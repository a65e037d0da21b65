package com.promote.app.security;

import com.promote.app.testing.TestDatabases.Kind;

class SecurityFindingsOnMariaDbTest extends SecurityFindingsContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
