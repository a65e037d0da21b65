package com.promote.app.api;

import com.promote.app.testing.TestDatabases.Kind;

class ReferenceDataApiOnMariaDbTest extends ReferenceDataApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
