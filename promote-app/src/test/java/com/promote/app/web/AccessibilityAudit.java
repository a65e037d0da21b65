package com.promote.app.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page as the browser shows it now. */
final class AccessibilityAudit {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityAudit() {
    }

    /** One line per failing element: rule, what it asks, the element and axe's reason; empty when none. */
    static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                out.add(rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + " " + node.getHtml()
                        + ": " + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
            }
        }
        return out;
    }
}
