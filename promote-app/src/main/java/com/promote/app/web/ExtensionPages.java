package com.promote.app.web;

import com.promote.api.ExtensionPage;
import com.promote.api.RowExtension;
import com.promote.engine.communities.Community;
import com.promote.engine.extensions.ExtensionRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the installed extensions say about their part of the page, in the extensions' order,
 * checked once at start: each description names an installed row extension, at most one each.
 */
public final class ExtensionPages {
    /** One extension's description, and whether the extension is on in the community at hand. */
    public record Described(ExtensionPage page, boolean on) {
    }

    private final List<RowExtension<?>> extensions;
    private final Map<String, ExtensionPage> byExtension = new HashMap<>();

    public ExtensionPages(ExtensionRegistry registry, Collection<ExtensionPage> pages) {
        this.extensions = registry.all();
        for (ExtensionPage page : pages) {
            if (extensions.stream().noneMatch(e -> e.name().equals(page.extension()))) {
                throw new IllegalStateException("A page description names the extension '" + page.extension()
                        + "', which is not installed");
            }
            if (byExtension.put(page.extension(), page) != null) {
                throw new IllegalStateException("The extension '" + page.extension() + "' is described twice");
            }
        }
    }

    /** Every installed extension that describes itself, in order, on or off for this community. */
    public List<Described> forCommunity(Community community) {
        return extensions.stream()
                .flatMap(e -> Optional.ofNullable(byExtension.get(e.name()))
                        .map(page -> new Described(page, e.isEnabledFor(community.info()))).stream())
                .toList();
    }
}
