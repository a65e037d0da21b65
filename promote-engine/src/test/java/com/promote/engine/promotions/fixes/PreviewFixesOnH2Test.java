package com.promote.engine.promotions.fixes;

import com.promote.testing.TestDatabase;

class PreviewFixesOnH2Test extends PreviewFixesContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
