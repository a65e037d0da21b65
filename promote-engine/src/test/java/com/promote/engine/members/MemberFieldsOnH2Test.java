package com.promote.engine.members;

import com.promote.testing.TestDatabase;

class MemberFieldsOnH2Test extends MemberFieldsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
