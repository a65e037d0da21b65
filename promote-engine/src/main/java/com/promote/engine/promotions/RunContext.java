package com.promote.engine.promotions;

import com.promote.api.CommunityInfo;
import com.promote.engine.columns.ColumnMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** What stays the same for every row of one run, plus the state carried from row to row. */
final class RunContext {
    final Promotion promotion;
    final CommunityInfo community;
    final ColumnMap columns;
    final LocalDate today;
    final TeamBook teams;
    /** email key -> the first row that had it, across the whole file. */
    final Map<String, Integer> firstRowOfEmail = new HashMap<>();
    private final Jdbi jdbi;
    private final Map<Class<?>, Object> perPromotion = new HashMap<>();

    RunContext(Promotion promotion, CommunityInfo community, ColumnMap columns, Jdbi jdbi) {
        this.promotion = promotion;
        this.community = community;
        this.columns = columns;
        this.today = promotion.uploadDate();
        this.jdbi = jdbi;
        this.teams = new TeamBook(community.id(), promotion.id());
    }

    boolean dryRun() {
        return promotion.dryRun();
    }

    <T> T perPromotion(Class<T> key, Function<Handle, T> loader) {
        Object value = perPromotion.get(key);
        if (value == null) {
            value = jdbi.withHandle(loader::apply);
            perPromotion.put(key, value);
        }
        return key.cast(value);
    }
}
