package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class PreviewFixesApiOnMariaDbTest extends PreviewFixesApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
