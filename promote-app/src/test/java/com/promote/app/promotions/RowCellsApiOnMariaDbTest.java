package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class RowCellsApiOnMariaDbTest extends RowCellsApiContract {
    @Override
    protected Kind kind() {
        return Kind.MARIADB;
    }
}
