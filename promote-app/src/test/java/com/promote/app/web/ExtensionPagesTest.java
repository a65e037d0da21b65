package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.api.ColumnHelp;
import com.promote.api.ExtensionPage;
import com.promote.api.PlanContext;
import com.promote.api.PlanResult;
import com.promote.api.RowCells;
import com.promote.api.RowExtension;
import com.promote.api.PromotedRow;
import com.promote.api.Writes;
import com.promote.api.CommunityInfo;
import com.promote.app.web.ExtensionPages.Described;
import com.promote.engine.communities.Community;
import com.promote.engine.extensions.ExtensionRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Descriptions are checked at start, ordered like the extensions, and say whether each is on. */
class ExtensionPagesTest {
    private static final Community ON = new Community(1, "On", "UTC", true, 1);
    private static final Community OFF = new Community(2, "Off", "UTC", false, 1);

    @Test
    void followsTheExtensionsOrderAndAsksEachWhetherItIsOn() {
        ExtensionPages pages = new ExtensionPages(new ExtensionRegistry(List.of(extension("late", 50, false),
                extension("early", 5, true), extension("silent", 1, false))),
                List.of(ExtensionPage.of("late", "Late"), ExtensionPage.of("early", "Early")));

        assertThat(pages.forCommunity(OFF)).extracting(d -> d.page().label(), Described::on)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Early", false),
                        org.assertj.core.groups.Tuple.tuple("Late", true));
        assertThat(pages.forCommunity(ON)).extracting(Described::on).containsExactly(true, true);
    }

    @Test
    void aDescriptionOfNoInstalledExtensionOrTwoOfOneStopStartUp() {
        ExtensionRegistry registry = new ExtensionRegistry(List.of(extension("locker", 5, false)));
        assertThatThrownBy(() -> new ExtensionPages(registry, List.of(ExtensionPage.of("lockers", "Lockers"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'lockers', which is not installed");
        assertThatThrownBy(() -> new ExtensionPages(registry, List.of(ExtensionPage.of("locker", "A"),
                ExtensionPage.of("locker", "B"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'locker' is described twice");
    }

    @Test
    void theOffNoteNamesTheColumnsThatBecomeCustomFields() {
        ExtensionPage described = ExtensionPage.of("locker", "Locker")
                .withHelp(ColumnHelp.of("Locker", "A locker."), ColumnHelp.of("Locker Key", "Its key."));
        MigrationsPage page = new MigrationsPage(null, OFF, List.of(new Described(described, false)));

        assertThat(page.offNotes()).singleElement().satisfies(note -> {
            assertThat(note.id()).isEqualTo("locker-off");
            assertThat(note.text()).containsExactly(new Markup("Locker is off in this community, so ", false),
                    new Markup("Locker", true), new Markup(" and ", false), new Markup("Locker Key", true),
                    new Markup(" would be saved as custom fields.", false));
        });
        assertThat(page.resultColumns()).isEmpty();
    }

    /** On when the community's first setting is on, or always. */
    private static RowExtension<Void> extension(String name, int order, boolean onlyWhenEnabled) {
        return new RowExtension<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Set<String> ownedColumns() {
                return Set.of();
            }

            @Override
            public boolean isEnabledFor(CommunityInfo community) {
                return !onlyWhenEnabled || community.billingEnabled();
            }

            @Override
            public PlanResult<Void> plan(RowCells cells, PlanContext context) {
                return PlanResult.nothing(java.util.Map.of());
            }

            @Override
            public void write(Void plan, PromotedRow row, Writes writes) {
            }
        };
    }
}
