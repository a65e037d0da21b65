package com.promote.engine.retention;

import com.promote.engine.testing.TestDb;

class FileRetentionMariaDbTest extends FileRetentionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
