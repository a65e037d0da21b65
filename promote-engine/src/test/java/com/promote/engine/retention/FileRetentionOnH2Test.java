package com.promote.engine.retention;

import com.promote.testing.TestDatabase;

class FileRetentionOnH2Test extends FileRetentionContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
