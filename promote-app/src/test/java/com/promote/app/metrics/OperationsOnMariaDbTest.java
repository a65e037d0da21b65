package com.promote.app.metrics;

import com.promote.testing.TestDatabase.Kind;

class OperationsOnMariaDbTest extends OperationsContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
