package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * Where a content that is the cue's object noun phrase ends: "backed the trade pact, which cost the mill towns dearly",
 * "praised the harbour fund, a charity set up in 1990", "dismissed the levy, even as the council voted for it". A
 * non-restrictive relative clause, an appositive noun phrase and an adverbial clause are set off from the noun phrase they
 * follow by a comma (Quirk et al. 1985, 17.22, 17.65-17.66, 15.17): what the cue acts on is the noun phrase; what the comma
 * sets off is the writer's gloss on it. So the content ends at the phrase's first comma when "which", a determiner opening
 * a noun phrase ("a", "an", "the") or a subordinator (the closed class of {@link SurroundingContent#SUBORDINATORS} but "if")
 * follows it, no verb stands in the phrase before it (a clause is not read here), and no later comma is followed by a verb
 * or a preposition (a gloss set off on both sides, the complement going on after it). PolNeAR train's object contents that
 * open with a determiner right after their cue end before such a comma about twice as often as they run over it (round
 * attr55b's count). Used by {@link ContentSpans}; one per sentence reading.
 */
final class ObjectPhraseEnds {

    /** Determiners that open an appositive noun phrase (a closed class). */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the");

    private final Reading r;
    private final List<Token> t;

    ObjectPhraseEnds(Reading r) {
        this.r = r;
        this.t = r.tokens();
    }

    /**
     * The offset (UTF-16 units into the article) where the object noun phrase opening at token {@code k} ends before
     * {@code end}, or -1 when it runs on to {@code end}.
     */
    int end(int k, int end) {
        for (int m = k + 1; m + 1 < t.size() && t.get(m).start() < end; m++) {
            Token x = t.get(m);
            if (r.quotes().inside(x.start()) || r.closes(x) != null || r.opens(x) != null) {
                continue;
            }
            if (x.is("VERB") || x.is("AUX")) {
                return -1;
            }
            if (x.text().equals(",")) {
                String next = Phrases.lower(t.get(m + 1));
                String after = m + 2 < t.size() ? Phrases.lower(t.get(m + 2)) : "";
                // "which" only: a gloss on a person ("…, who threatened a tariff") carries the writer's news as often as not.
                boolean relative = next.equals("which");
                boolean subordinate = SurroundingContent.SUBORDINATORS.contains(next) && !next.equals("if")
                        || next.equals("even") && SurroundingContent.SUBORDINATORS.contains(after);
                boolean cut = relative || subordinate || APPOSITIVE_OPENERS.contains(next);
                return cut && !subjectSetOff(m) ? x.start() : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a later comma in the sentence is followed by a finite verb or a preposition ("the pact, which cost dearly, will
     * lapse", "lauded the mayor, whose term ends in May, for the new pier"): then the gloss is set off on both sides (Quirk et
     * al. 1985, 17.22) and the clause or the verb's complement goes on after it.
     */
    private boolean subjectSetOff(int comma) {
        for (int m = comma + 2; m + 1 < t.size(); m++) {
            if (!t.get(m).text().equals(",") || r.quotes().inside(t.get(m).start())) {
                continue;
            }
            int v = m + 1;
            while (v < t.size() && (t.get(v).is("ADV") || r.opens(t.get(v)) != null)) {
                v++;
            }
            if (v < t.size() && (t.get(v).is("AUX") || t.get(v).is("VERB") && !Phrases.lower(t.get(v)).endsWith("ing")
                    || t.get(v).is("ADP") || Phrases.lower(t.get(v)).equals("as"))) {
                return true;
            }
        }
        return false;
    }
}
