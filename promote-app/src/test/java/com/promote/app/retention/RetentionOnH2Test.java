package com.promote.app.retention;

import com.promote.app.testing.TestDatabases.Kind;

class RetentionOnH2Test extends RetentionContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
