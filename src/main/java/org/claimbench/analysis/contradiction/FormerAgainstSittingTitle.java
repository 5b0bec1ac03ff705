package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One person given a title of office with "former" in one account and the same title without it in another account of the same
 * report: "former President Ana Ruiz" against "President Ana Ruiz". News style reads a formal title before a name as the office
 * the person holds at the time of the report, and "former" as one the person no longer holds (AP Stylebook, "titles" and
 * "former"; Chicago Manual of Style 17th ed., 8.21–8.22): the two cannot both be true of one person on one day. The titles are
 * the formal titles of office those guides capitalise before a name (heads of state and government, ministers and secretaries,
 * legislators, governors and mayors, monarchs, ambassadors, judges, chairs and directors, military ranks); the person is the
 * same when the last capitalised word of the name after the title (the surname: "Donald J. Trump", "Trump") is the same.
 * Not when the title is "then-", "late", "acting" or "-elect" (each says when or how the office is held), nor within one
 * account, nor for reports of different events ({@link Pair#sameEvent}: a person leaves office between two reports).
 */
final class FormerAgainstSittingTitle implements PairSignal {

    /** The formal titles of office written before a name (AP Stylebook, "titles"), longest first where one holds another. */
    private static final String TITLES = "vice\\s+president|president|prime\\s+minister|deputy\\s+prime\\s+minister|foreign\\s+minister"
            + "|defen[cs]e\\s+minister|minister|chancellor|secretary\\s+of\\s+state|secretary\\s+general|secretary-general|secretary"
            + "|senator|sen\\.|governor|gov\\.|mayor|premier|ambassador|speaker|king|queen|crown\\s+prince|prince|emir|sultan|sheikh"
            + "|chairman|chairwoman|chair|director|general|gen\\.|representative|rep\\.|chief\\s+justice|justice|judge";
    /**
     * A title, up to two words that qualify it before it ("U.S.", "Brazilian", "Israeli"), and the name after it: capitalised
     * words and initials, the last of them the surname. Group 1: the title; 2: the surname.
     */
    private static final Pattern TITLED_NAME = Pattern.compile("(?<![\\p{L}])((?i:" + TITLES + "))\\s+"
            + "(?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}?(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}-])(?!\\s+\\p{Lu})");
    /**
     * Up to two capitalised words that qualify a title ("U.S.", "Brazilian"), no comma among them: "a former aide to President
     * Ruiz" gives the aide, not the President, the word "former", and "former Mayor Ruiz, Senator Lopez" only the mayor.
     */
    private static final String QUALIFIERS = "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}";
    /** "former" or "ex-" right before the title or its qualifiers ("former U.S. President …", "ex-President …"). */
    private static final Pattern FORMER = Pattern.compile("(?:^|\\s)(?i:former|ex-)\\s*" + QUALIFIERS + "$|(?i)\\bex-$");
    /** Words that date or qualify the office rather than deny it is held ("then-President", "the late King", "acting Mayor"). */
    private static final Pattern DATED = Pattern.compile("\\b(?i:then-?|late|acting|outgoing|interim)\\s*" + QUALIFIERS + "$");

    /** How strongly it suggests a conflict: as a denial of what the other affirms ({@link NegationSignal}). */
    static final double WEIGHT = 0.4;

    /** A title given to a surname, and whether "former" stands before it. */
    record Titled(String title, String surname, boolean former, String words) {
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        List<Titled> ta = titles(a);
        List<Titled> tb = titles(b);
        return !ta.isEmpty() && !tb.isEmpty() && (ta.stream().anyMatch(Titled::former) || tb.stream().anyMatch(Titled::former));
    }

    /** The titles of office the claim gives names ({@link #titled}), read once a claim and kept on it. */
    static List<Titled> titles(ClaimFeatures f) {
        List<Titled> t = f.titles;
        if (t == null) {
            t = List.copyOf(titled(f.facts.text()));
            f.titles = t;
        }
        return t;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.sameEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return conflict(a, b).or(() -> conflict(b, a));
    }

    private static Optional<Signal> conflict(ClaimFeatures formerClaim, ClaimFeatures sittingClaim) {
        List<Titled> sitting = titles(sittingClaim);
        for (Titled f : titles(formerClaim)) {
            if (!f.former()) {
                continue;
            }
            for (Titled s : sitting) {
                if (!s.former() && s.title().equals(f.title()) && s.surname().equals(f.surname())
                        && sitting.stream().noneMatch(o -> o.former() && o.surname().equals(s.surname()))) {
                    return Optional.of(new Signal("former title", ContradictionKind.POLARITY, WEIGHT,
                            () -> "“" + f.words() + "” in one account, “" + s.words() + "” in the other: one says " + f.surname()
                                    + " no longer holds the office, the other gives it as held.", "title:former-sitting"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word after a title names an institution or a place, not a person: a common noun whose commonest WordNet 3.1
     * sense is a group or a place ("the Justice Department", "the General Assembly", "King County"), not one WordNet spells
     * as a proper noun of a place. Surnames that are other common nouns (trump, bush, brown) stay names.
     */
    private static boolean institution(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String file = WordNet.shared().lexicographerFile(lower, WordNet.Pos.NOUN);
        return (file.equals("noun.group") || file.equals("noun.location")) && !WordNet.shared().namesPlace(lower);
    }

    /** Every title of office the text gives a name, with its surname, whether "former" stands before it, and its words. */
    static List<Titled> titled(String text) {
        List<Titled> out = new ArrayList<>(2);
        Matcher m = TITLED_NAME.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            // The words before the title, also when "ex-" or "then-" is written onto it ("ex-President").
            String before = text.substring(Math.max(0, m.start(1) - 40), m.start(1));
            String title = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean elect = text.startsWith("-elect", m.end(1));
            if (!elect && !DATED.matcher(before).find()) {
                boolean former = FORMER.matcher(before).find();
                String words = (former ? "former " : "") + text.substring(m.start(1), m.end()).replaceAll("\\s+", " ");
                String surname = m.group(2).replaceFirst("['’]s$", "");
                if (!institution(surname)) {
                    out.add(new Titled(title, surname, former, words));
                }
            }
            from = m.start(1) + m.group(1).length();
        }
        return out;
    }
}
