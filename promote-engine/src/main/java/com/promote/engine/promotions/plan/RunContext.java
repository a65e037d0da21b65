package com.promote.engine.promotions.plan;

import com.promote.api.CommunityInfo;
import com.promote.engine.columns.ColumnMap;
import com.promote.engine.promotions.Promotion;
import com.promote.engine.promotions.fixes.PromotionFixes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** What stays the same for every row of one run, plus the state carried from row to row. */
public final class RunContext {
    public final Promotion promotion;
    public final CommunityInfo community;
    public final ColumnMap columns;
    public final LocalDate today;
    public final TeamBook teams;
    /** The first row of each email, across the whole file. */
    public final FirstRowOfEmail firstRowOfEmail;
    /** The file's corrections and the rows matched to a person by hand. */
    public final PromotionFixes fixes;
    private final Jdbi jdbi;
    private final Map<Class<?>, Object> perPromotion = new HashMap<>();

    public RunContext(Promotion promotion, CommunityInfo community, ColumnMap columns, Jdbi jdbi) {
        this.promotion = promotion;
        this.community = community;
        this.columns = columns;
        this.today = promotion.uploadDate();
        this.jdbi = jdbi;
        this.teams = new TeamBook(community.id(), promotion.id());
        this.fixes = jdbi == null ? PromotionFixes.none() : jdbi.withHandle(h -> PromotionFixes.load(h, promotion.id()));
        this.firstRowOfEmail = new FirstRowOfEmail(promotion.id());
    }

    public boolean dryRun() {
        return promotion.dryRun();
    }

    public <T> T perPromotion(Class<T> key, Function<Handle, T> loader) {
        Object value = perPromotion.get(key);
        if (value == null) {
            value = jdbi.withHandle(loader::apply);
            perPromotion.put(key, value);
        }
        return key.cast(value);
    }
}
