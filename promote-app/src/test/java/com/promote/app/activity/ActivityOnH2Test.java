package com.promote.app.activity;

import com.promote.testing.TestDatabase.Kind;

class ActivityOnH2Test extends ActivityContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
