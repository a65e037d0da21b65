package com.promote.app.api;

import com.promote.testing.TestDatabase.Kind;

class ReferenceDataApiOnMariaDbTest extends ReferenceDataApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
