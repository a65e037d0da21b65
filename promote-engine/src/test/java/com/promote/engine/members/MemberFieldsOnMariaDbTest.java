package com.promote.engine.members;

import com.promote.testing.TestDatabase;

class MemberFieldsOnMariaDbTest extends MemberFieldsContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
