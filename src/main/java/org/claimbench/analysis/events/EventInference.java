package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers which event an article reports from its text, before any claim is compared: the
 * publication date (given, or a dateline: the first written date with a year near the top), the
 * day of the event (the first weekday or relative day of the lead, resolved against that date:
 * "this Thursday", "on Tuesday", "yesterday"; else the publication date), what kind of event the
 * lead speaks of first, its ordinal ("its fourth in the past two years", "the ninth officially
 * recorded visit") and its names ("the Budapest summit", "talks in Istanbul"). Stateless and
 * thread-safe.
 */
public final class EventInference {

    /** How far into the text the lead reaches (UTF-16 units): a headline and two or three paragraphs. */
    static final int LEAD = 1500;
    /** How far into the text a dateline may stand. */
    private static final int DATELINE = 600;

    private final DateReader dates = new DateReader();

    /** The event an article reports; published: the date the user or the importer gave, if any. */
    public EventProfile infer(String articleText, Optional<LocalDate> published) {
        // A photo's caption dates and places the photo, not the story (Captions).
        String text = Captions.blank(articleText);
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        Optional<TimeMention> line = datelineMention(text);
        Optional<LocalDate> reference = published.or(() -> line.flatMap(TimeMention::day));
        List<TimeMention> mentions = dates.read(lead, reference).stream().filter(t -> !opensDateline(lead, t, line)).toList();
        Optional<LocalDate> day = Optional.empty();
        Optional<DayOfWeek> weekday = Optional.empty();
        boolean fromPublication = false;
        boolean weekdayOfReport = false;
        for (TimeMention t : mentions) {
            if (t.relative()) {
                day = t.day();
                weekday = t.approximate() ? Optional.empty() : t.weekday();
                // "last week" places the event within a few days, as a publication date does; so does the day of a statement
                // about the event ("an official said on Monday": ReportDates), the event on that day or a few before.
                boolean report = ReportDates.datesAReport(lead, t);
                fromPublication = t.approximate() || day.isPresent() && report;
                weekdayOfReport = day.isEmpty() && weekday.isPresent() && report;
                break;
            }
        }
        if (day.isEmpty() && weekday.isEmpty() && reference.isPresent()) {
            day = reference;
            fromPublication = true;
        }
        // The events the lead names only to place its own in time are not its own ("a week after their summit in Sarnholm").
        String own = ReferenceEvents.blank(lead, reference);
        Optional<String> kind = EventNouns.firstKind(own);
        return new EventProfile(day, fromPublication, weekday, weekdayOfReport, kind, EventOrdinals.ordinal(own, kind), EventNouns.names(own),
                weekdays(mentions), days(mentions), fromPublication ? lastWeek(lead, mentions) : Set.of(),
                EventOrdinals.firstSince(own, kind), AgreementActs.of(own), InForceDays.of(lead, mentions));
    }

    /**
     * The seven days (Monday to Sunday) of the week before the text's date when its lead names "last week": a report that
     * tells no day of its own event (dated by its publication, or by the day of a statement it quotes: "the minister said on
     * Thursday that the deal struck last week stands") and points back at "last week" is a follow-up of an event of that
     * week (the deictic past span: Quirk et al. 1985, 8.55-8.57, "last week" the calendar week before the time of speaking).
     * The week is the whole span the phrase allows, so another report's day must fall inside it, with no days of slack
     * around it unless that day is itself only a publication date ({@link EventProfile#relation}); a report that tells its
     * own day keeps "last week" as background (a second meeting's report recalling the first). Round 63 of issue 11, taken
     * back at stop 59's merge because the week was read with three days of slack (a report of "last week" joined one of
     * "yesterday" three days past the week's end); round 64 reads it without.
     */
    private static Set<LocalDate> lastWeek(String lead, List<TimeMention> mentions) {
        Set<LocalDate> out = new java.util.HashSet<>();
        for (TimeMention t : mentions) {
            if (t.approximate() && t.day().isPresent() && lead.substring(t.start(), t.end()).equalsIgnoreCase("last week")) {
                LocalDate monday = t.day().get().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (int k = 0; k < 7; k++) {
                    out.add(monday.plusDays(k));
                }
            }
        }
        return out;
    }

    /** Every day the lead names relative to its date and resolves ("on Monday" against a known date), spans left out. */
    private static Set<LocalDate> days(List<TimeMention> mentions) {
        Set<LocalDate> out = new java.util.HashSet<>();
        for (TimeMention t : mentions) {
            if (t.relative() && !t.approximate()) {
                t.day().ifPresent(out::add);
            }
        }
        return out;
    }

    /** Every weekday the lead names relative to its date ("on Monday", "from Tuesday"), spans ("last week") left out. */
    private static Set<DayOfWeek> weekdays(List<TimeMention> mentions) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (TimeMention t : mentions) {
            if (t.relative() && !t.approximate()) {
                t.weekday().or(() -> t.day().map(LocalDate::getDayOfWeek)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The first written date with a year near the top of the text, settled to one day. */
    Optional<LocalDate> dateline(String text) {
        return datelineMention(Captions.blank(text)).flatMap(TimeMention::day);
    }

    /** The written date {@link #dateline} reads, with where it stands. */
    private Optional<TimeMention> datelineMention(String text) {
        // The whole text is read: its weekdays and month names settle a dateline's day-month order.
        List<TimeMention> all = dates.read(text, Optional.empty());
        for (TimeMention t : all) {
            if (t.start() >= DATELINE) {
                break;
            }
            if (!t.relative() && t.day().isPresent() && YEAR.matcher(text.substring(t.start(), t.end())).find() && !otherTime(text, t)) {
                return Optional.of(t);
            }
        }
        return all.stream().filter(t -> t.start() >= DATELINE && publishedOn(text, t)).findFirst();
    }

    /**
     * Whether a written date with its year is the text's own publication, told at its foot: a news agency's story ends on the
     * line that dates it ("This report by the Harbour Press was first published March 4, 2025."; the wire services' credit
     * lines), a verb of publishing set right before the date ({@link #PUBLISHING}, "on" allowed between). Read only when no
     * dateline stands at the top.
     */
    private static boolean publishedOn(String text, TimeMention t) {
        if (t.relative() || t.day().isEmpty() || !YEAR.matcher(text.substring(t.start(), t.end())).find() || !atTheFoot(text, t)) {
            return false;
        }
        int from = Math.max(0, t.start() - 40);
        String before = text.substring(from, t.start()).replaceFirst("(?i)\\s+on\\s*$", " ");
        String date = text.substring(t.start(), t.end());
        if (LEADING_PREPOSITION.matcher(date).lookingAt() && !date.regionMatches(true, 0, "on ", 0, 3)) {
            return false;
        }
        Matcher verb = CREDIT_VERB.matcher(before);
        return verb.find() && creditClause(text, from + verb.start());
    }

    /**
     * Whether the words before a verb of publishing make it the text's own credit line: the verb opens its line or a part of a
     * credit line ("Published on …", "(Updated …)", "By … · Published …", "Reporting by …; published …", "— Courier, published
     * …"), after at most the text's own noun ("Story first published …", "Page last updated …"), or is a passive whose subject
     * is the text ("This report … was first published …", "It was originally published …"). After any other noun the
     * participle is a reduced relative clause that postmodifies that noun (Quirk et al. 1985, 17.30-17.31: "a statement issued
     * on …" is "a statement which was issued on …"), so the date is that document's, not the text's; in a page cut
     * mid-sentence such a clause may end the text and stand where a credit line would. A passive of another subject, after a
     * relative pronoun, a modal or "to", and the verbs of documents ("dated", "issued") after "be" date no text either. After a
     * full stop the verb must be capitalised: an abbreviation's stop ("Acme Inc. issued …") opens no sentence. Rounds 70 and
     * the review's mends of stop 63, issue 11.
     */
    private static boolean creditClause(String text, int verb) {
        int from = verb;
        // A credit line is short: a clause that opens further back is a sentence of the story's.
        while (from > 0 && verb - from < CREDIT_REACH && CREDIT_BOUNDARY.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (from > 0 && CREDIT_BOUNDARY.indexOf(text.charAt(from - 1)) < 0) {
            return false;
        }
        String head = text.substring(from, verb);
        if (from > 0 && text.charAt(from - 1) == '.' && !Character.isUpperCase(firstLetter(head + text.charAt(verb)))) {
            return false;
        }
        boolean ofDocuments = text.regionMatches(true, verb, "dated", 0, 5) || text.regionMatches(true, verb, "issued", 0, 6);
        boolean afterDash = from > 0 && "—–".indexOf(text.charAt(from - 1)) >= 0;
        return CREDIT_HEAD.matcher(head).matches() || afterDash && AGENCY_HEAD.matcher(head).matches()
                || !ofDocuments && TEXT_PASSIVE.matcher(head).matches();
    }

    private static char firstLetter(String s) {
        return (char) s.codePoints().filter(Character::isLetter).findFirst().orElse(' ');
    }

    /** How far back a credit line's clause may open, in characters. */
    private static final int CREDIT_REACH = 200;
    /** What ends a sentence, a line or a part of a credit line (not the comma, which joins a participle to its noun). */
    private static final String CREDIT_BOUNDARY = "\n.!?:|;·•—–";
    private static final String ADVERB = "(?:(?:first|originally|last|also|previously)\\s+)?";
    private static final String TEXT_NOUN = "(?:story|article|report|page|post|piece|version)";
    /** No letters, or the text's own noun with at most a determiner, then at most an adverb ("first", "originally"). */
    private static final Pattern CREDIT_HEAD = Pattern.compile("(?iU)[^\\p{L}]*(?:(?:(?:the|this)\\s+)?" + TEXT_NOUN + "\\s+)?" + ADVERB);
    /** An agency or paper credited after a dash, then a comma ("— Valley Courier, published …"). */
    private static final Pattern AGENCY_HEAD = Pattern.compile("(?U)\\s*\\p{Lu}[\\p{L}.&'’ ]{0,40},\\s*" + ADVERB);
    /**
     * The text as a passive's subject, a form of "be" with no modal, "to" or relative pronoun before it ("This report by the
     * Courier was first …", "It was originally …").
     */
    private static final Pattern TEXT_PASSIVE = Pattern.compile("(?iU)[^\\p{L}]*(?:(?:this|the|our)\\s+(?:\\p{L}+\\s+)?" + TEXT_NOUN
            + "\\b(?:(?!\\b(?:that|which|who|will|would|shall|should|can|could|may|might|must|to)\\b)[^.!?])*?|it\\s+)"
            + "(?:is|was|has\\s+been|had\\s+been)\\s+" + ADVERB);

    /**
     * Whether the date stands in the text's last paragraph, with at most the rest of its sentence after it: a credit line
     * closes the story, while a date after "dated" or "issued" in the body dates a letter or a decree the story tells of
     * ("In a letter dated March 4, 2019, the engineers …").
     */
    private static boolean atTheFoot(String text, TimeMention t) {
        String rest = text.substring(t.end()).strip();
        return rest.indexOf('\n') < 0 && rest.length() <= 2;
    }

    /**
     * Whether a weekday is the dateline's own ("Wednesday, 7 May 2025 08:06 AM"): a weekday set before a written date, with
     * nothing but a comma between, names that date's day (the full form of an English date, weekday first, as the style guides'
     * entries on dates write it: "Wednesday, May 7, 2025"), so in the dateline it is the day of publication, not a day the lead
     * tells of the event ("… on Tuesday evening" under it is the event's).
     */
    private static boolean opensDateline(String lead, TimeMention t, Optional<TimeMention> line) {
        return t.relative() && line.isPresent() && t.end() <= line.get().start() && line.get().start() <= lead.length()
                && lead.substring(t.end(), line.get().start()).matches("[,\\s]*");
    }

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /**
     * Whether a date is the time of something other than the article's event: a preposition of time puts it inside a
     * sentence (Quirk et al. 1985, 9.37-9.43: "during a rally on May 2, 2025", a photo caption's) and that sentence names no
     * call or meeting ({@link EventNouns}). A dateline stands apart from the sentences, or follows a verb of publishing
     * ("Published on …"); a sentence that dates a call or a meeting ("the talks took place on 3 May 2024") dates the event.
     */
    private static boolean otherTime(String text, TimeMention t) {
        String before = text.substring(Math.max(0, t.start() - 30), t.start());
        String head;
        if (LEADING_PREPOSITION.matcher(text.substring(t.start(), t.end())).lookingAt()) {
            head = before;
        } else {
            Matcher m = TRAILING_PREPOSITION.matcher(before);
            if (!m.find()) {
                return false;
            }
            head = before.substring(0, m.start());
        }
        if (PUBLISHING.matcher(head).find()) {
            return false;
        }
        int from = t.start();
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = t.end();
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return EventNouns.firstKind(text.substring(from, to)).isEmpty();
    }

    private static final String PREPOSITIONS = "on|in|since|until|till|from|by|before|after|during";
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)(?:" + PREPOSITIONS + ")\\s");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)\\b(?:" + PREPOSITIONS + ")\\s+$");
    private static final Pattern PUBLISHING = Pattern.compile("(?i)\\b(?:published|updated|posted|dated|issued)\\s*$");
    /** The verbs of a credit line at a text's foot, a colon allowed after ("Published: March 7, 2025"). */
    private static final Pattern CREDIT_VERB = Pattern.compile("(?iU)\\b(?:published|updated|posted|released|dated|issued)\\s*:?\\s*$");

    /** A short label for a profile ("call, 2025-07-03", "call no. 8", "meeting in Budapest"), or "" when it says nothing. */
    public static String label(EventProfile p) {
        if (p.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(p.kind().orElse("event"));
        p.names().stream().sorted().findFirst().ifPresent(n -> sb.append(" in ").append(capitalise(n.substring(n.indexOf('@') + 1))));
        if (p.day().isPresent()) {
            sb.append(", ").append(p.dayFromPublication() ? "reported " : "").append(p.day().get());
        } else if (p.weekday().isPresent()) {
            sb.append(", a ").append(capitalise(p.weekday().get().name().toLowerCase(Locale.ROOT)));
        }
        p.ordinal().ifPresent(n -> sb.append(" (no. ").append(n).append(')'));
        return sb.toString();
    }

    private static String capitalise(String s) {
        Set<String> words = new LinkedHashSet<>(List.of(s.split(" ")));
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
