package com.promote.app.retention;

import com.promote.testing.TestDatabase.Kind;

class RetentionOnH2Test extends RetentionContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
