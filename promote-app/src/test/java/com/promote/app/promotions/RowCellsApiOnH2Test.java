package com.promote.app.promotions;

import com.promote.testing.TestDatabase.Kind;

class RowCellsApiOnH2Test extends RowCellsApiContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }
}
