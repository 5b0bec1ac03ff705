package org.claimbench.domain;

import java.util.ArrayList;
import java.util.List;

/** The speakers a new workspace starts with, for the five default sources. */
public final class DefaultSpeakers {

    /** A speaker of a source named by its name (ids belong to a workspace). */
    public record Entry(String speaker, String source, List<String> aliases, boolean person) {
    }

    private static final List<String> COMMENTATORS = List.of("analysts", "experts", "observers", "commentators");

    private static final String ANONYMOUS_SOURCES = "sources";

    private DefaultSpeakers() {
    }

    /**
     * The tables new workspaces started with in earlier versions, newest first: a workspace seeded by
     * one of them and left as it was still holds nothing its user made (an import then reproduces the
     * file rather than merging into it). Add the table being replaced here whenever {@link #all()} changes.
     */
    public static List<List<Entry>> earlier() {
        // Until 2026-12-03 anonymous sources were no one's speaker.
        List<Entry> noSources = new ArrayList<>(all());
        noSources.removeIf(e -> e.speaker().equals(ANONYMOUS_SOURCES));
        // Until 2026-12-01 the four commentators' words were one speaker, "analysts".
        List<Entry> oneAnalysts = new ArrayList<>(noSources);
        oneAnalysts.removeIf(e -> COMMENTATORS.contains(e.speaker()));
        oneAnalysts.add(new Entry("analysts", "Press", COMMENTATORS, false));
        return List.of(List.copyOf(noSources), List.copyOf(oneAnalysts));
    }

    public static List<Entry> all() {
        List<Entry> e = new ArrayList<>();
        String k = "Kremlin readout";
        person(e, "Vladimir Putin", k, "Putin", "Vladimir Putin", "Russian president", "Russian leader");
        person(e, "Yuri Ushakov", k, "Ushakov", "Yuri Ushakov");
        person(e, "Dmitry Peskov", k, "Peskov", "Dmitry Peskov", "Kremlin spokesman");
        person(e, "Sergei Lavrov", k, "Lavrov", "Sergei Lavrov");
        person(e, "Kirill Dmitriev", k, "Dmitriev");
        person(e, "Maria Zakharova", k, "Zakharova");
        body(e, "TASS", k, "TASS", "RIA Novosti");
        body(e, "Kremlin", k, "the Kremlin", "Kremlin", "Moscow", "Russian officials", "Kremlin aide", "Kremlin advisor",
                "Kremlin adviser", "Russian side", "Russian foreign ministry");
        String w = "White House";
        person(e, "Donald Trump", w, "Trump", "Donald Trump", "American president", "US president", "U.S. president");
        person(e, "JD Vance", w, "Vance", "JD Vance");
        person(e, "Marco Rubio", w, "Rubio", "Marco Rubio");
        person(e, "Karoline Leavitt", w, "Leavitt");
        person(e, "Steve Witkoff", w, "Witkoff");
        person(e, "Keith Kellogg", w, "Kellogg");
        body(e, "Truth Social", w, "Truth Social");
        body(e, "White House", w, "the White House", "White House", "Washington", "US officials", "U.S. officials",
                "American officials", "Trump administration", "the administration");
        String u = "Ukraine";
        person(e, "Volodymyr Zelensky", u, "Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukrainian president");
        person(e, "Andriy Yermak", u, "Yermak");
        person(e, "Andrii Sybiha", u, "Sybiha");
        body(e, "Kyiv", u, "Kyiv", "Kiev", "Ukrainian officials", "Ukrainian government", "Ukrainian side");
        String eu = "Europe";
        person(e, "Ursula von der Leyen", eu, "von der Leyen", "Ursula von der Leyen");
        person(e, "Kaja Kallas", eu, "Kallas");
        person(e, "Friedrich Merz", eu, "Merz");
        person(e, "Emmanuel Macron", eu, "Macron");
        person(e, "Giorgia Meloni", eu, "Meloni");
        person(e, "Keir Starmer", eu, "Starmer");
        person(e, "Alexander Stubb", eu, "Stubb");
        body(e, "European Union", eu, "the EU", "European Union", "European Commission", "Brussels", "European leaders",
                "European allies");
        String p = "Press";
        body(e, "Reuters", p, "Reuters");
        body(e, "The Washington Post", p, "The Washington Post", "Washington Post");
        body(e, "The Wall Street Journal", p, "The Wall Street Journal", "Wall Street Journal");
        body(e, "The New York Times", p, "The New York Times", "New York Times");
        body(e, "AP News", p, "AP News");
        body(e, "Bloomberg", p, "Bloomberg");
        body(e, "Associated Press", p, "Associated Press", "AP");
        // Commentators the outlet quotes speak for the press; each keeps the word the text uses.
        for (String group : COMMENTATORS) {
            body(e, group, p, group);
        }
        // Unnamed sources ("sources said", "according to his sources"): the outlet that grants them anonymity vouches
        // for what they say (AP's News Values and Principles, "Anonymous sources": material from an unnamed source is
        // used only when the AP judges it information, reliable and vital to the report), so it is the outlet's claim.
        body(e, ANONYMOUS_SOURCES, p, ANONYMOUS_SOURCES);
        return e;
    }

    private static void person(List<Entry> e, String name, String source, String... aliases) {
        e.add(new Entry(name, source, List.of(aliases), true));
    }

    private static void body(List<Entry> e, String name, String source, String... aliases) {
        e.add(new Entry(name, source, List.of(aliases), false));
    }
}
