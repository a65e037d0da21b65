package com.promote.engine.promotions.plan;

import com.promote.testing.TestDatabase;

class FirstRowOfEmailOnH2Test extends FirstRowOfEmailContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
