package com.promote.app.activity;

import com.promote.app.testing.TestDatabases.Kind;

class ActivityOnH2Test extends ActivityContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
