package com.promote.app.api;

import com.promote.testing.TestDatabase.Kind;

class CrmApiOnMariaDbTest extends CrmApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
