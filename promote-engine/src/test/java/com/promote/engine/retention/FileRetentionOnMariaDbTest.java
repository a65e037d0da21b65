package com.promote.engine.retention;

import com.promote.testing.TestDatabase;

class FileRetentionOnMariaDbTest extends FileRetentionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }
}
