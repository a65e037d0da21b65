package com.promote.app.billing;

import com.promote.testing.TestDatabase.Kind;

class ReleaseMigrationOnH2Test extends ReleaseMigrationContract {
    @Override
    Kind kind() {
        return Kind.H2;
    }
}
