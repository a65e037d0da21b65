package com.promote.app.metrics;

import com.promote.app.testing.TestDatabases.Kind;

class OperationsOnMariaDbTest extends OperationsContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
