package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet ships in JavaFX's binary form beside its text (made by the build from the
 * text, pom.xml): JavaFX reads the .bss when a .css is asked for and a .bss lies beside it, so the
 * two must hold the same rules, or the window would show a stylesheet older than its source.
 */
class BinaryStylesheetTest {

    private static final String CSS = "/org/claimbench/ui/claimbench.css";

    @Test
    void theBinaryStylesheetBesideTheTextHoldsTheSameRulesInTheSameOrder() throws Exception {
        URL text = BinaryStylesheetTest.class.getResource(CSS);
        URL binary = BinaryStylesheetTest.class.getResource(CSS.replace(".css", ".bss"));
        assertNotNull(text);
        assertNotNull(binary, "claimbench.bss is made by the build (process-resources) beside claimbench.css");

        List<String> parsed = rules(new CssParser().parse(text));
        List<String> read = rules(Stylesheet.loadBinary(binary));

        assertFalse(parsed.isEmpty());
        assertEquals(parsed, read);
    }

    /**
     * Each rule as its selectors and its declarations (property, value, !important) print them; the
     * declarations asked for one by one, as a rule read from the binary form makes them when asked.
     */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetTest::rule).toList();
    }

    private static String rule(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getSelectors().toString()).append(" {\n");
        for (Declaration d : rule.getDeclarations()) {
            text.append(d.getProperty()).append(": ").append(d.getParsedValue()).append(d.isImportant() ? " !important" : "").append('\n');
        }
        return text.append('}').toString();
    }
}
