package fr.socle.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core in the browser: the WCAG 2.1 A and AA rules that a machine can check. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Opens the page and lists its violations, one line each: page, rule, nodes. */
    public static List<String> violations(WebDriver browser, String url) {
        browser.get(url);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        return results.getViolations().stream().map(rule -> describe(url, rule)).toList();
    }

    private static String describe(String url, Rule rule) {
        return url + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
