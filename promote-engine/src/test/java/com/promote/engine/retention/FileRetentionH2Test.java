package com.promote.engine.retention;

import com.promote.engine.testing.TestDb;

class FileRetentionH2Test extends FileRetentionContractTest {
    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.H2;
    }
}
