package org.claimbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextSpan;
import org.claimbench.workspace.TempWorkspaces;
import org.claimbench.workspace.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportExporterTest {

    @TempDir
    Path dir;

    @Test
    void theReportShowsWhoSaidWhatAndEachContradictionSideBySideWithLinksToThePassages() throws Exception {
        String html;
        long a;
        long b;
        try (Workspace w = TempWorkspaces.create(dir, "report")) {
            Article k = TempWorkspaces.addArticle(w, "Kremlin <readout>", "Ushakov said the call lasted two and a half hours & was frank.");
            Article p = TempWorkspaces.addArticle(w, "Press", "Putin and Trump had an hour-long phone conversation.");
            Claim x = w.markClaim(k.id(), new TextSpan(13, 48), w.sourceNamed("Kremlin readout").orElseThrow().id(), "Yuri Ushakov", "");
            Claim inner = w.markClaim(k.id(), new TextSpan(22, 48), w.sourceNamed("Press").orElseThrow().id(), "", "");
            Claim y = w.markClaim(p.id(), new TextSpan(23, 51), w.sourceNamed("Press").orElseThrow().id(), "", "");
            w.addContradiction(x.id(), y.id(), ContradictionKind.NUMERIC, "an hour or two and a half?");
            w.setVerdict(y.id(), "Misleading", "The call's own log gives <2 hours>.", "Desk");
            a = x.id();
            b = y.id();
            html = new HtmlReportExporter().render(w, "Call length");
            assertTrue(inner.id() > 0);
        }
        Document doc = Jsoup.parse(html);
        assertEquals("Call length", doc.title());
        assertTrue(doc.select("script, link[rel=stylesheet], img").isEmpty(), "self-contained");
        assertTrue(html.contains("Kremlin &lt;readout&gt;"), "titles are escaped");
        Element contradiction = doc.selectFirst("section.contradiction");
        assertNotNull(contradiction);
        assertEquals(2, contradiction.select(".side").size());
        assertTrue(contradiction.text().contains("Numeric"));
        assertTrue(contradiction.text().contains("an hour or two and a half?"));
        assertTrue(contradiction.text().contains("Misleading"));
        // A printed report has no tooltips: the verdict's explanation and its reviewer are in the text, escaped.
        assertTrue(contradiction.text().contains("The call's own log gives <2 hours>. (Desk)"), contradiction.text());
        assertTrue(doc.selectFirst(".verdict").attr("title").isEmpty());
        for (Element link : doc.select("a[href^=#]")) {
            assertNotNull(doc.getElementById(link.attr("href").substring(1)), "link target " + link.attr("href"));
        }
        assertNotNull(doc.getElementById("claim-" + a));
        assertNotNull(doc.getElementById("claim-" + b));
        String start = doc.getElementById("claim-" + a).text();
        assertTrue(!start.isEmpty() && "the call lasted two and a half hours".startsWith(start), "the link lands at the claim's start: " + start);
        // Who said what: a block per source that said something on the topic, none for the others.
        assertEquals(List.of("Kremlin readout 1", "Press 2"), doc.select("section.topic .who .src").eachText());
        assertTrue(doc.select("section.topic .who .quote").eachText().stream().noneMatch(q -> q.startsWith("““")), "quotation marks once");
    }

    @Test
    void aDismissedContradictionComesLastAndIsNotCountedAsOneFoundAndUntopicalClaimsSayWhatTheyAre() throws Exception {
        String html;
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String text = "The mayor said the ferry runs daily. The union said it runs twice a week. The port said it stopped in May.";
            Article a = TempWorkspaces.addArticle(w, "Ferry", text);
            long press = w.sourceNamed("Press").orElseThrow().id();
            long europe = w.sourceNamed("Europe").orElseThrow().id();
            java.util.function.Function<String, TextSpan> at = words -> new TextSpan(text.indexOf(words), text.indexOf(words) + words.length());
            Claim daily = w.markClaim(a.id(), at.apply("the ferry runs daily"), press, "", "");
            Claim twice = w.markClaim(a.id(), at.apply("it runs twice a week"), europe, "", "");
            Claim stopped = w.markClaim(a.id(), at.apply("it stopped in May"), europe, "", "");
            var dismissed = w.addContradiction(daily.id(), twice.id(), ContradictionKind.NUMERIC, "set aside");
            w.updateContradiction(dismissed.id(), ContradictionKind.NUMERIC, org.claimbench.domain.ContradictionStatus.DISMISSED, "set aside");
            w.addContradiction(daily.id(), stopped.id(), ContradictionKind.OTHER, "stands");
            html = new HtmlReportExporter().render(w, "Ferry");
        }
        Document doc = Jsoup.parse(html);
        assertTrue(doc.selectFirst("p.meta").text().contains("1 contradiction (1 dismissed)"), doc.selectFirst("p.meta").text());
        assertEquals(List.of("stands", "set aside"), doc.select("section.contradiction .note").eachText(), "the dismissed one last");
        assertEquals(List.of("All claims"), doc.select("section.topic h3").eachText(), "no topic at all: one section, named for what it holds");
    }

    /**
     * Issue 14's newcomer trial: with articles of several events the report's "Who said what" mixed them in one list, and
     * the "Published" column was empty where an article has no date.
     */
    @Test
    void whoSaidWhatIsSplitByEventAndAnArticleWithoutADateSaysSo() throws Exception {
        String html;
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            long press = w.sourceNamed("Press").orElseThrow().id();
            long europe = w.sourceNamed("Europe").orElseThrow().id();
            String[][] articles = {{"Ferry fares", "Ferry talks, 2031-05-02", "2031-05-03"}, {"Toll vote", "Toll vote, 2031-06-10", ""},
                {"Ferry again", "ferry talks, 2031-05-02", ""}, {"Column", "", ""}};
            for (String[] a : articles) {
                Article added = TempWorkspaces.addArticle(w, a[0], a[0] + ": the mayor said the fares would rise in spring.");
                w.updateArticleMetadata(added.id(), new org.claimbench.domain.ArticleMetadata(a[0], "Wire", "", "",
                        a[2].isEmpty() ? null : java.time.LocalDate.parse(a[2]), "en", "", a[1]));
                w.markClaim(added.id(), new TextSpan(a[0].length() + 2, a[0].length() + 16), a[0].startsWith("Toll") ? europe : press, "", "");
            }
            html = new HtmlReportExporter().render(w, "Desk");
        }
        Document doc = Jsoup.parse(html);
        // One section per event, in the articles' order; an event typed in another case is the same; no event last.
        assertEquals(List.of("Ferry talks, 2031-05-02 2 claims", "Toll vote, 2031-06-10 1 claim", "No event given 1 claim"),
                doc.select("section.event > h3").eachText());
        List<Element> events = doc.select("section.event");
        assertEquals(List.of("Press 2"), events.get(0).select(".who .src").eachText(), "the ferry's claims only under the ferry talks");
        assertEquals(List.of("Europe 1"), events.get(1).select(".who .src").eachText());
        assertEquals(List.of("Press 1"), events.get(2).select(".who .src").eachText());
        // As the panes' headers say it (issue 14: "no date" here beside "2 May 2031 (event)", as it then read in the pane): the day published,
        // else the day of the event, labelled as such, else none.
        assertEquals(List.of("2031-05-03", "2031-06-10 (event)", "2031-05-02 (event)", "no date"), doc.select("table.articles td.date").eachText(),
                "every article's date, or that it has none");
        assertEquals(List.of("Article", "Outlet", "Date", "Event", "Claims"), doc.select("table.articles th").eachText(),
                "the event is a column of its own, named for what it is");
        // What "(event)" means, under the table (a newcomer could not tell, stop 46).
        assertEquals("“(event)”: the article gives no date of its own; the date shown is that of the event it reports.",
                doc.select("table.articles + p.meta").text());
    }

    /** An article for each pair of title and event, from the wire, its text a sentence of our own. */
    private static void addArticlesOfEvents(Workspace w, String[][] articles) throws Exception {
        for (String[] a : articles) {
            Article added = TempWorkspaces.addArticle(w, a[0], a[0] + ": the mayor said the ferry would run again.");
            w.updateArticleMetadata(added.id(), new org.claimbench.domain.ArticleMetadata(a[0], "Wire", "", "", null, "en", "", a[1]));
        }
    }

    @Test
    void twoEventsOfOneNameOnTwoDaysNameItOnce() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String[][] articles = {{"First", "Ferry talks, 2031-05-02"}, {"Second", "Ferry talks, 2031-05-02"}, {"Third", "Ferry talks, 2031-06-10"}};
            addArticlesOfEvents(w, articles);
            assertEquals("desk: Ferry talks, 2031-05-02 and 2031-06-10 — what each side said", HtmlReportExporter.defaultTitle(w, w.name()));
        }
        assertEquals("Ferry talks, 2031-05-02 and Toll vote, 2031-06-10", HtmlReportExporter.both("Ferry talks, 2031-05-02", "Toll vote, 2031-06-10"),
                "two names: both whole");
        assertEquals("Ferry talks and Toll vote", HtmlReportExporter.both("Ferry talks", "Toll vote"), "no comma: both whole");
    }

    @Test
    void theDefaultTitleOfArticlesAboutSeveralEventsNamesNoSingleOne() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String[][] articles = {{"First", "Ferry talks, 2031-05-02"}, {"Second", "Ferry talks, 2031-05-02"}, {"Third", "Toll vote, 2031-06-10"}};
            addArticlesOfEvents(w, articles);
            assertEquals("desk: Ferry talks, 2031-05-02 and Toll vote, 2031-06-10 — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name()), "two events: both named, the one more articles report first");
            for (String event : List.of("Harbour strike, 2031-07-01", "Bridge opening, 2031-08-15")) {
                Article added = TempWorkspaces.addArticle(w, event, event + ": the engineer said the bridge was safe.");
                w.updateArticleMetadata(added.id(), new org.claimbench.domain.ArticleMetadata(event, "Wire", "", "", null, "en", "", event));
            }
            assertEquals("desk: Ferry talks, 2031-05-02 and 3 other events — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name()), "four events: the one most articles report and how many others");
            // Claims marked in one article: the title names the events of the articles with claims, those the report reprints
            // (student59: "… and 3 other events" named events the report says it does not reprint).
            Article bridge = w.articles().stream().filter(a -> a.title().startsWith("Bridge")).findFirst().orElseThrow();
            w.markClaim(bridge.id(), new TextSpan(0, 14), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertEquals("desk: Bridge opening, 2031-08-15 — what each side said", HtmlReportExporter.defaultTitle(w, w.name()),
                    "the one event with claims");
            Article toll = w.articles().stream().filter(a -> a.title().equals("Third")).findFirst().orElseThrow();
            w.markClaim(toll.id(), new TextSpan(0, 5), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertEquals("desk: Toll vote, 2031-06-10 and Bridge opening, 2031-08-15 — what each side said", HtmlReportExporter.defaultTitle(w, w.name()),
                    "the two events with claims, no others");
        }
    }

    /**
     * factcheck47: over four events and an editor's own draft, whose text gave it the inferred event "meeting, a Tuesday",
     * the title said "… and 4 other events". An event only inferred counts where it names a year or two articles share it.
     */
    @Test
    void anEventOnlyInferredCountsWhereAReaderCouldPlaceIt() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String[][] articles = {{"First", "Ferry talks, 2031-05-02"}, {"Second", "Ferry talks, 2031-05-02"}, {"Third", "Toll vote, 2031-06-10"},
                    {"Fourth", "Harbour strike, 2031-07-01"}};
            addArticlesOfEvents(w, articles);
            Article draft = TempWorkspaces.addArticle(w, "Draft", "The board met on a Tuesday and said the pier would close.");
            java.util.Map<Long, String> inferred = new java.util.HashMap<>();
            inferred.put(draft.id(), "meeting, a Tuesday");
            assertEquals("desk: Ferry talks, 2031-05-02 and 2 other events and 1 article of no event — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name(), id -> inferred.getOrDefault(id, "")), "the draft is no fourth event");
            Article other = TempWorkspaces.addArticle(w, "Other draft", "The board met again on a Tuesday and said the pier stays.");
            inferred.put(other.id(), "Meeting, a Tuesday");
            assertEquals("desk: Ferry talks, 2031-05-02 and 3 other events — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name(), id -> inferred.getOrDefault(id, "")), "two articles share it: an event");
            inferred.remove(other.id());
            inferred.put(draft.id(), "meeting in Tallinn, 2031-03-14");
            assertEquals("desk: Ferry talks, 2031-05-02 and 3 other events and 1 article of no event — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name(), id -> inferred.getOrDefault(id, "")),
                    "an inferred event with a date is one; the other draft, with none inferred, is of no event");
        }
    }

    /** The review of stop 60: with claims marked, "n articles compared" counted the articles without a claim too. */
    @Test
    void theTitleOfNoEventCountsOnlyTheArticlesWithClaims() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            Article one = TempWorkspaces.addArticle(w, "Plain one", "The mayor said the bridge would open in May.");
            TempWorkspaces.addArticle(w, "Plain two", "The union said the strike would end on Friday.");
            TempWorkspaces.addArticle(w, "Plain three", "The board said the fares would rise in spring.");
            assertEquals("desk: what each side said: 3 articles compared", HtmlReportExporter.defaultTitle(w, w.name()));
            w.markClaim(one.id(), new TextSpan(0, 9), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertEquals("desk: what each side said: 1 article compared", HtmlReportExporter.defaultTitle(w, w.name()));
        }
    }

    /** Newcomer of round 34: a title named the one event of one article and said nothing of the two that name none. */
    @Test
    void theDefaultTitleCountsTheArticlesThatNameNoEvent() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            TempWorkspaces.addArticle(w, "Plain one", "The mayor said the bridge would open in May.");
            assertEquals("desk: what each side said: 1 article compared", HtmlReportExporter.defaultTitle(w, w.name()), "no event at all");
            Article ferry = TempWorkspaces.addArticle(w, "Ferry one", "The ferry board said the fares would rise in spring.");
            w.updateArticleMetadata(ferry.id(), new org.claimbench.domain.ArticleMetadata("Ferry one", "Wire", "", "", null, "en", "",
                    "Ferry talks, 2031-05-02"));
            TempWorkspaces.addArticle(w, "Plain two", "The union said the strike would end on Friday.");
            assertEquals("desk: Ferry talks, 2031-05-02 and 2 articles of no event — what each side said", HtmlReportExporter.defaultTitle(w, w.name()),
                    "one event, and the articles that name none");
            Article toll = TempWorkspaces.addArticle(w, "Toll one", "The council said the toll would double.");
            w.updateArticleMetadata(toll.id(), new org.claimbench.domain.ArticleMetadata("Toll one", "Wire", "", "", null, "en", "",
                    "Toll vote, 2031-06-10"));
            assertEquals("desk: Ferry talks, 2031-05-02 and Toll vote, 2031-06-10, and 2 articles of no event — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name()), "two events, and the articles that name none");
            w.markClaim(ferry.id(), new TextSpan(0, 14), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertEquals("desk: Ferry talks, 2031-05-02 — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name()), "the articles without a claim are not reprinted: the title leaves them out");
            Article plain = w.articles().stream().filter(a -> a.title().equals("Plain one")).findFirst().orElseThrow();
            w.markClaim(plain.id(), new TextSpan(0, 9), w.sourceNamed("Press").orElseThrow().id(), "", "");
            assertEquals("desk: Ferry talks, 2031-05-02 and 1 article of no event — what each side said",
                    HtmlReportExporter.defaultTitle(w, w.name()), "an article of no event with a claim counts");
        }
    }

    /**
     * Review of round 11: one event typed in the articles in another case is one event in the title, as it is one event to
     * the engine (EventGroups compares the labels in lower case): it was "… and 2 other events".
     */
    @Test
    void theDefaultTitleNamesAnEventTypedTwoWaysOnce() throws Exception {
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String[] events = {"Ferry talks, 2031-05-02", "ferry talks, 2031-05-02 ", "Ferry Talks, 2031-05-02"};
            for (String event : events) {
                Article added = TempWorkspaces.addArticle(w, event, "The ferry board said the fares would rise in spring (" + event + ").");
                w.updateArticleMetadata(added.id(), new org.claimbench.domain.ArticleMetadata(event, "Wire", "", "", null, "en", "", event));
            }
            assertEquals("desk: Ferry talks, 2031-05-02 — what each side said", HtmlReportExporter.defaultTitle(w, w.name()),
                    "one event, as the first article writes it");
        }
    }

    @Test
    void articlesWithoutAClaimAreListedNotReprintedAndTheDefaultTitleNamesTheEvent() throws Exception {
        String html;
        String title;
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            Article marked = TempWorkspaces.addArticle(w, "Marked one", "The minister said the talks would resume in spring.");
            Article quiet = TempWorkspaces.addArticle(w, "Quiet one", "A long text nobody marked, with a sentence that must not be reprinted.");
            for (Article a : java.util.List.of(marked, quiet)) {
                w.updateArticleMetadata(a.id(), new org.claimbench.domain.ArticleMetadata(a.title(), "Wire", "", "", null, "en", "",
                        "Spring talks, 2030-04-01"));
            }
            w.markClaim(marked.id(), new TextSpan(13, 50), w.sourceNamed("Press").orElseThrow().id(), "", "");
            title = HtmlReportExporter.defaultTitle(w, w.name());
            // "default" is the app's own name for its workspace, no name a reader would print (factcheck47 found
            // "(default workspace)" in the report they published).
            assertEquals("Spring talks, 2030-04-01 — what each side said", HtmlReportExporter.defaultTitle(w, "default"),
                    "the workspace the app makes for itself is not named");
            html = new HtmlReportExporter().render(w, title);
        }
        assertEquals("desk: Spring talks, 2030-04-01 — what each side said", title, "the workspace's name and the event name it");
        Document doc = Jsoup.parse(html);
        assertEquals(title, doc.title());
        assertEquals(List.of("Article", "Outlet", "Date", "Event", "Claims"), doc.select("table.articles th").eachText(),
                "no article gives a publication date: the Date column gives the event's, as the panes do");
        Element listed = doc.getElementById("without-claims");
        assertNotNull(listed, "the articles without a claim are listed");
        assertTrue(listed.text().contains("Quiet one"), listed.text());
        assertTrue(!html.contains("must not be reprinted"), "their text is not reprinted");
        assertTrue(html.contains("the talks would resume in spring"), "an article with a claim is reprinted");
        for (Element link : doc.select("a[href^=#]")) {
            assertNotNull(doc.getElementById(link.attr("href").substring(1)), "link target " + link.attr("href"));
        }
    }

    /**
     * student-run56: the table of articles named no event for the articles whose event was only inferred, while the title
     * counted them. Each row names the event the title counts ("no event" for an article of none).
     */
    @Test
    void theTableOfArticlesNamesTheEventTheTitleCountsForEachArticle() throws Exception {
        String html;
        try (Workspace w = TempWorkspaces.create(dir, "desk")) {
            String[][] articles = {{"Ferry set", "Ferry talks, 2031-05-02"}};
            addArticlesOfEvents(w, articles);
            Article inferredOne = TempWorkspaces.addArticle(w, "Toll inferred", "The council said on 10 June 2031 the toll would double.");
            Article draft = TempWorkspaces.addArticle(w, "Draft", "The board met on a Tuesday and said the pier would close.");
            java.util.Map<Long, String> inferred = java.util.Map.of(inferredOne.id(), "Toll vote, 2031-06-10", draft.id(), "meeting, a Tuesday");
            w.markClaim(inferredOne.id(), new TextSpan(0, 11), w.sourceNamed("Press").orElseThrow().id(), "", "");
            String title = HtmlReportExporter.defaultTitle(w, w.name(), id -> inferred.getOrDefault(id, ""));
            assertEquals("desk: Toll vote, 2031-06-10 — what each side said", title,
                    "three articles listed, of two events and none; the title names the event of the claims (student59)");
            html = new HtmlReportExporter().render(w, title, id -> inferred.getOrDefault(id, ""));
        }
        Document doc = Jsoup.parse(html);
        List<String> events = doc.select("table.articles tbody tr").stream().map(tr -> tr.select("td").get(tr.select("td").size() - 2).text()).toList();
        // An event only inferred says so (editor58: the report named it as if given; ui59).
        assertEquals(List.of("Ferry talks, 2031-05-02", "Toll vote, 2031-06-10 (inferred)", "no event"), events, "each article's event, as the title counts it");
    }

    @Test
    void whoSaidWhatMarksAQuoteWhoseWordsAreGoneOrChangedWhereItIsQuoted() throws Exception {
        String html;
        org.claimbench.workspace.HostileWorkspace h = org.claimbench.workspace.HostileWorkspace.create(dir, "revised");
        try (Workspace w = h.workspace) {
            assertTrue(h.orphan.isOrphan() && h.changed.isChanged(), "the revision left an orphan and a changed claim");
            html = new HtmlReportExporter().render(w, "Revised");
        }
        Document doc = Jsoup.parse(html);
        List<Element> quotes = doc.select("section.topic .who .quote");
        assertEquals(4, quotes.size(), "every claim is quoted in Who said what");
        Element gone = quotes.stream().filter(q -> q.text().contains("no posts were cut")).findFirst().orElseThrow();
        assertTrue(gone.text().contains("its words are gone from the article"), gone.text());
        Element changed = quotes.stream().filter(q -> q.text().contains("posts had been cut")).findFirst().orElseThrow();
        assertTrue(changed.text().contains("changed since marked"), changed.text());
        assertEquals(2, quotes.stream().filter(q -> q.select(".revised-tag").isEmpty()).count(), "the claims in place carry no mark");
    }
}
