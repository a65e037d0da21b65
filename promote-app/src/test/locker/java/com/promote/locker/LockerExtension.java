package com.promote.locker;

import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.MemberSection;
import com.promote.api.MemberTable;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.PromotedRow;
import com.promote.api.Problem;
import com.promote.api.ResultColumn;
import com.promote.api.ResultField;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.api.TableColumn;
import com.promote.api.UndoContext;
import com.promote.api.Writes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "Locker": a locker number like {@code A-12}, given to the member. */
public final class LockerExtension implements RowExtension<String> {
    static final String COLUMN = "Locker";
    static final String TABLE = "test_lockers";

    static final ExtensionPage PAGE = ExtensionPage.of("locker", "Locker")
            .withBadge("lockers")
            .withHelp(ColumnHelp.of(COLUMN, "The member's locker, a letter and a number, e.g. `A-12`.")
                    .example("A-12", "", "B-3"))
            .withResultColumns(ResultColumn.of("locker", "Locker",
                    ResultField.line("locker", "Locker {number} on floor {floor}")))
            .withMemberSections(MemberSection.of("locker", "Locker",
                    MemberTable.of("lockers", "Lockers", "/members/{member}/lockers",
                                    TableColumn.of("Locker", "{number}"), TableColumn.of("Floor", "floor {floor}"))
                            .whenEmpty("No locker.")));

    @Override
    public String name() {
        return "locker";
    }

    @Override
    public Set<String> ownedColumns() {
        return Set.of(COLUMN);
    }

    @Override
    public PlanResult<String> plan(RowCells cells, PlanContext context) {
        Optional<String> cell = cells.get(COLUMN);
        if (cell.isEmpty()) {
            return PlanResult.nothing(Map.of());
        }
        if (!cell.get().matches("[A-Z]-[0-9]{1,3}")) {
            return PlanResult.failed(List.of(Problem.inRow(cells, COLUMN, "bad_locker",
                    "'" + cell.get() + "' is not a locker: write a letter and a number, e.g. A-12")));
        }
        return PlanResult.of(cell.get(), Map.of("locker", Map.of("number", cell.get(), "floor", floor(cell.get()))));
    }

    /** Lockers A-... are on floor 1, B-... on floor 2, and so on. */
    static int floor(String locker) {
        return locker.charAt(0) - 'A' + 1;
    }

    @Override
    public void write(String locker, PromotedRow row, Writes writes) {
        writes.insertInto(TABLE).set("community_id", row.community().id()).set("member_id", row.memberId())
                .set("locker", locker);
    }

    @Override
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    @Override
    public void undo(UndoContext context) {
        if (!context.memberIds().isEmpty()) {
            context.handle().createUpdate("DELETE FROM " + TABLE + " WHERE member_id IN (<members>)")
                    .bindList("members", context.memberIds()).execute();
        }
    }
}
