package org.claimbench.analysis.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coverage, written for the tests, of five contacts between the same two governments over eight months of 2026 (Ostrana,
 * President Ilse Varga; Belmark, Chancellor Tomas Reuel; every name, place and outlet invented): a call in March, a call in
 * May, a summit in Sarnholm in August and a call the week after it, and a summit in Dravik announced in October and then
 * called off. Articles carry datelines, publication dates or neither; days are told relative to them ("on Tuesday",
 * "Friday's call"), contacts counted ("their third call this year"), and later articles recall earlier contacts in passing
 * ("after the three-hour summit in Sarnholm"). Each article's {@link #event} is the truth the tests hold the engine to;
 * each claim's {@link Claim#speaksOf} the event it is about, which is its article's unless it recalls another one.
 */
public final class SameSidesCoverage {

    public static final String MARCH_CALL = "march call";
    public static final String MAY_CALL = "may call";
    public static final String SARNHOLM_SUMMIT = "sarnholm summit";
    public static final String AUGUST_CALL = "august call";
    public static final String DRAVIK_ANNOUNCED = "dravik summit announced";
    public static final String DRAVIK_CALLED_OFF = "dravik summit called off";

    /** A claim of an article: its words (found in the article's text), who makes it, and the event it is about. */
    public record Claim(String words, String source, String speaksOf) {
    }

    /** An article: id, text, the publication date its metadata gives (if any), the event it reports, and its claims. */
    public record Article(long id, String text, Optional<LocalDate> published, String event, List<Claim> claims) {

        /** Where a claim starts in the text (UTF-16 units). */
        public int start(Claim c) {
            int at = text.indexOf(c.words());
            if (at < 0) {
                throw new IllegalStateException("claim not in article " + id + ": " + c.words());
            }
            return at;
        }
    }

    private static final String OSTRANA = "Ostrana presidency";
    private static final String BELMARK = "Belmark chancellery";
    private static final String PRESS = "Press";

    private SameSidesCoverage() {
    }

    private static Claim claim(String words, String source, String event) {
        return new Claim(words, source, event);
    }

    /** The thirteen articles, in the order a user might have opened them (not by date). */
    public static List<Article> articles() {
        List<Article> a = new ArrayList<>();
        a.add(new Article(1, "Varga and Reuel speak for the first time this year\n\nCORVEL, 10 March 2026 — President Ilse Varga of "
                + "Ostrana and Chancellor Tomas Reuel of Belmark spoke by telephone on Tuesday, their first call this year. The "
                + "conversation lasted two hours, the presidential office said. Varga told Reuel that Ostrana would reopen the "
                + "northern ferry line to Belmark's lorries within a month.",
                Optional.empty(), MARCH_CALL, List.of(
                        claim("The conversation lasted two hours", OSTRANA, MARCH_CALL),
                        claim("Ostrana would reopen the northern ferry line to Belmark's lorries within a month", OSTRANA, MARCH_CALL))));
        a.add(new Article(2, "Reuel: no date for the ferry line\n\nChancellor Tomas Reuel said the call with President Varga on "
                + "Tuesday had lasted barely an hour and had been \"correct, not warm\". The northern ferry line would stay closed "
                + "until the dispute over river tolls was settled, his spokesman Aldo Fenn told reporters in Lindhaven.",
                Optional.of(LocalDate.of(2026, 3, 11)), MARCH_CALL, List.of(
                        claim("the call with President Varga on Tuesday had lasted barely an hour", BELMARK, MARCH_CALL),
                        claim("The northern ferry line would stay closed until the dispute over river tolls was settled", BELMARK,
                                MARCH_CALL))));
        a.add(new Article(3, "Hauliers cautious after leaders' call\n\nLorry drivers' unions in Belmark welcomed the promise, made "
                + "during the two-hour telephone conversation between Varga and Reuel, to reopen the northern ferry line, but "
                + "warned that river tolls still made the crossing too dear for small hauliers.",
                Optional.empty(), MARCH_CALL, List.of(
                        claim("the two-hour telephone conversation between Varga and Reuel", PRESS, MARCH_CALL))));
        a.add(new Article(4, "Grain on the agenda as leaders talk again\n\nLINDHAVEN, 14 May 2026 — Chancellor Tomas Reuel and "
                + "President Ilse Varga held their second call this year on Thursday, speaking for 90 minutes about grain "
                + "shipments through the Kessel strait, the chancellery said. Both sides agreed to let inspectors board the "
                + "barges at Kessel.",
                Optional.empty(), MAY_CALL, List.of(
                        claim("speaking for 90 minutes about grain shipments through the Kessel strait", BELMARK, MAY_CALL),
                        claim("Both sides agreed to let inspectors board the barges at Kessel", BELMARK, MAY_CALL))));
        a.add(new Article(5, "A short call about the Kessel strait\n\nThursday's call between Varga and Reuel lasted 45 minutes, "
                + "Ostrana's presidential office said, and no agreement on inspectors was reached. In March the two leaders had "
                + "spoken for two hours.",
                Optional.of(LocalDate.of(2026, 5, 15)), MAY_CALL, List.of(
                        claim("Thursday's call between Varga and Reuel lasted 45 minutes", OSTRANA, MAY_CALL),
                        claim("no agreement on inspectors was reached", OSTRANA, MAY_CALL),
                        claim("In March the two leaders had spoken for two hours", PRESS, MARCH_CALL))));
        a.add(new Article(6, "Varga and Reuel meet in Sarnholm\n\nSARNHOLM, 15 August 2026 — President Ilse Varga and Chancellor "
                + "Tomas Reuel met in person for the first time on Saturday, at a summit in Sarnholm on the border lakes. They "
                + "talked for three hours and signed a declaration on shared fishing grounds, the presidential office said.",
                Optional.empty(), SARNHOLM_SUMMIT, List.of(
                        claim("They talked for three hours", OSTRANA, SARNHOLM_SUMMIT),
                        claim("signed a declaration on shared fishing grounds", OSTRANA, SARNHOLM_SUMMIT))));
        a.add(new Article(7, "Long day at the lakes\n\nThe Sarnholm summit ended on Saturday evening after four hours of talks, "
                + "Reuel's office said. The chancellery said the fishing declaration had been initialled, not signed, and would "
                + "go to Belmark's parliament first.",
                Optional.of(LocalDate.of(2026, 8, 16)), SARNHOLM_SUMMIT, List.of(
                        claim("The Sarnholm summit ended on Saturday evening after four hours of talks", BELMARK, SARNHOLM_SUMMIT),
                        claim("the fishing declaration had been initialled, not signed", BELMARK, SARNHOLM_SUMMIT))));
        a.add(new Article(8, "Opposition scorns lakeside summit\n\nOstrana's opposition called the summit in Sarnholm a photo "
                + "opportunity and said the fishing declaration gave Belmark's trawlers the best grounds.",
                Optional.empty(), SARNHOLM_SUMMIT, List.of(
                        claim("the fishing declaration gave Belmark's trawlers the best grounds", "Ostrana opposition", SARNHOLM_SUMMIT))));
        a.add(new Article(9, "Leaders speak again a week after the summit\n\nPresident Ilse Varga and Chancellor Tomas Reuel spoke "
                + "by phone on Friday, a week after their summit in Sarnholm, in their third call this year. The call lasted 40 "
                + "minutes and dealt with a trawler detained near Kessel, the presidential office said.",
                Optional.of(LocalDate.of(2026, 8, 21)), AUGUST_CALL, List.of(
                        claim("The call lasted 40 minutes", OSTRANA, AUGUST_CALL),
                        claim("dealt with a trawler detained near Kessel", OSTRANA, AUGUST_CALL))));
        a.add(new Article(10, "Trawler row cuts call short\n\nFriday's phone call between the two leaders, the third this year, "
                + "lasted barely half an hour, a Belmark official said, and the trawler's crew would be released on Monday.",
                Optional.of(LocalDate.of(2026, 8, 22)), AUGUST_CALL, List.of(
                        claim("lasted barely half an hour", BELMARK, AUGUST_CALL),
                        claim("the trawler's crew would be released on Monday", BELMARK, AUGUST_CALL))));
        a.add(new Article(11, "Second summit set for Dravik\n\nCORVEL, 15 October 2026 — Ostrana and Belmark announced on Thursday "
                + "that President Varga and Chancellor Reuel would meet in Dravik in November for a summit lasting two days.",
                Optional.empty(), DRAVIK_ANNOUNCED, List.of(
                        claim("would meet in Dravik in November for a summit lasting two days", OSTRANA, DRAVIK_ANNOUNCED))));
        a.add(new Article(12, "Dravik summit called off\n\nThe summit in Dravik has been called off, Belmark's foreign ministry "
                + "said on Tuesday, blaming new tolls on the river. It would have been the leaders' second meeting, after the "
                + "three-hour summit in Sarnholm in August.",
                Optional.of(LocalDate.of(2026, 10, 27)), DRAVIK_CALLED_OFF, List.of(
                        claim("The summit in Dravik has been called off", BELMARK, DRAVIK_CALLED_OFF),
                        claim("after the three-hour summit in Sarnholm in August", PRESS, SARNHOLM_SUMMIT))));
        a.add(new Article(13, "Ferry towns regret lost summit\n\nMayors along the river said they regretted that the Dravik "
                + "summit would not take place after the new tolls, which they said would empty their harbours.",
                Optional.empty(), DRAVIK_CALLED_OFF, List.of(
                        claim("the Dravik summit would not take place after the new tolls", "River mayors", DRAVIK_CALLED_OFF))));
        return a;
    }

    /** The articles as the event inference takes them (no user corrections). */
    public static List<ArticleEvents.Input> inputs() {
        return articles().stream().map(x -> new ArticleEvents.Input(x.id(), x.text(), x.published(), "")).toList();
    }
}
