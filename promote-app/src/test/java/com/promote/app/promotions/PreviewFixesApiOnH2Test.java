package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class PreviewFixesApiOnH2Test extends PreviewFixesApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
