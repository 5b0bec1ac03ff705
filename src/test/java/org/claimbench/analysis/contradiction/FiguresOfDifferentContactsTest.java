package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.events.ArticleEvents;
import org.claimbench.analysis.events.EventGroups;
import org.claimbench.analysis.events.SameSidesCoverage;
import org.junit.jupiter.api.Test;

/**
 * Figures of five contacts between the same two governments ({@link SameSidesCoverage}), with the events the engine infers
 * from the articles, as a workspace gives them: "two hours" of a March call is never set against "three hours" of a summit
 * in August, while two accounts of one contact's length are.
 */
class FiguresOfDifferentContactsTest {

    private final Map<Long, SameSidesCoverage.Claim> byId = new HashMap<>();
    private final List<ContradictionSuggestion> suggestions;
    private final List<ClaimFacts> facts = new ArrayList<>();

    FiguresOfDifferentContactsTest() {
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(SameSidesCoverage.inputs());
        List<ClaimFacts> claims = new ArrayList<>();
        long id = 100;
        for (SameSidesCoverage.Article a : SameSidesCoverage.articles()) {
            EventGroups.Assigned e = events.get(a.id());
            for (SameSidesCoverage.Claim c : a.claims()) {
                int start = a.start(c);
                String lead = a.text().substring(Math.max(0, start - 32), start);
                claims.add(new ClaimFacts(++id, a.id(), start, start + c.words().length(), c.words(), lead, c.source(), "")
                        .withEvent(e.label(), e.keys()));
                byId.put(id, c);
            }
        }
        facts.addAll(ClaimReader.complete(claims, n -> { }));
        suggestions = new ContradictionSuggester().suggest(facts, Set.of());
    }

    private static boolean numeric(ContradictionSuggestion s) {
        return s.signals().stream().anyMatch(x -> x.kind() == org.claimbench.domain.ContradictionKind.NUMERIC);
    }

    private boolean suggested(String a, String b) {
        return suggestions.stream().filter(FiguresOfDifferentContactsTest::numeric).anyMatch(s -> {
            String x = byId.get(s.claimA()).words();
            String y = byId.get(s.claimB()).words();
            return x.contains(a) && y.contains(b) || x.contains(b) && y.contains(a);
        });
    }

    @Test
    void twoAccountsOfOneContactsLengthAreSuggested() {
        List<String> missed = new ArrayList<>();
        String[][] pairs = {{"lasted two hours", "barely an hour"}, {"90 minutes", "45 minutes"}, {"three hours", "four hours"},
            {"40 minutes", "half an hour"}, {"had spoken for two hours", "barely an hour"}};
        for (String[] p : pairs) {
            if (!suggested(p[0], p[1])) {
                missed.add(p[0] + " / " + p[1]);
            }
        }
        assertTrue(missed.isEmpty(), "one contact's two lengths not suggested: " + missed);
    }

    @Test
    void aContactRecalledInPassingIsComparedWithThatContact() {
        assertTrue(suggested("three-hour summit in Sarnholm", "four hours"), "the Sarnholm summit recalled in October");
    }

    private ClaimFeatures features(String words) {
        return new ClaimFeatures(facts.stream().filter(f -> f.text().contains(words)).findFirst().orElseThrow(), new QuantityReader());
    }

    @Test
    void aClaimNamingAnotherMonthThanItsArticlesEventSpeaksOfThatMonthsEvent() {
        ClaimFeatures recalled = features("In March the two leaders had spoken for two hours");
        Pair withMarch = ContradictionSignals.pair(recalled, features("had lasted barely an hour"));
        assertTrue(withMarch != null && !withMarch.sameEvent() && withMarch.sharedEvent().equals("March"), "compared as March's: " + withMarch);
        assertNull(ContradictionSignals.pair(recalled, features("lasted 45 minutes")), "not compared with May's call");
        assertNull(ContradictionSignals.pair(recalled, features("no agreement on inspectors")), "nor with its own article's May");
        Pair sameMonth = ContradictionSignals.pair(features("after the three-hour summit in Sarnholm in August"), features("four hours of talks"));
        assertTrue(sameMonth != null && !sameMonth.sameEvent(), "the summit recalled in October meets August's by its name");
    }

    @Test
    void figuresOfDifferentContactsAreNeverSetAgainstEachOther() {
        List<String> wrong = new ArrayList<>();
        for (ContradictionSuggestion s : suggestions) {
            SameSidesCoverage.Claim a = byId.get(s.claimA());
            SameSidesCoverage.Claim b = byId.get(s.claimB());
            if (numeric(s) && !a.speaksOf().equals(b.speaksOf())) {
                wrong.add("\"" + a.words() + "\" (" + a.speaksOf() + ") against \"" + b.words() + "\" (" + b.speaksOf() + ")");
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " pairs of figures of different contacts: " + String.join("; ", wrong));
    }
}
