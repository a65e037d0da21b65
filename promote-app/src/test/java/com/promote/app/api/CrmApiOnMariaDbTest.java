package com.promote.app.api;

import com.promote.app.testing.TestDatabases.Kind;

class CrmApiOnMariaDbTest extends CrmApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
