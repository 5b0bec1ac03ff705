package org.claimbench.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.claimbench.analysis.attribution.CueLexicon;
import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * Why a gold statement was missed, or why the speaker of a matched one is judged wrong: the
 * diagnosis {@code eval attribution --details} counts. Each error gets one category, read from the
 * gold cue's words (tagged in their sentence by {@link English}) and the suggestion:
 * <ul>
 * <li>the gold cue's kind: "according to"; a verb of the {@link CueLexicon}; a passive or an adjective
 *     after "be" ("is expected", "is likely"); another verb ("seem", "decide"); a noun ("claim", "support");
 *     anything else (a preposition, a colon, a name);</li>
 * <li>a miss: an attributed suggestion overlaps the content below the match threshold (its edges differ), or
 *     no attribution is found there (by the cue's kind);</li>
 * <li>a wrong speaker: the statement found as the outlet's own sentence (by the cue's kind); the suggestion
 *     is an outer attribution whose content holds the gold cue (nested: "A said that B claimed …"); it has no
 *     source span; its source span is a pronoun resolved to another antecedent; its source span is the gold
 *     one but the name taken from it differs; or it is another noun phrase (split by whether the gold source
 *     names someone with a capitalised word, or is a group or description: "officials", "the poll").</li>
 * </ul>
 * Thread-safe; each text is analysed once.
 */
public final class ErrorCategories implements AttributionScores.Diagnosis {

    private final English english;
    private final CueLexicon cues;
    private final Map<String, List<AnalysedSentence>> analysed = new ConcurrentHashMap<>();

    public ErrorCategories(English english, CueLexicon cues) {
        this.english = english;
        this.cues = cues;
    }

    @Override
    public String ofMiss(AttributionScores.ScoredText t, GoldAttribution g, PredictedAttribution nearest) {
        if (nearest != null && !nearest.byOutlet()) {
            return "missed: an attribution overlaps it, its edges differ";
        }
        return "missed: no attribution found; cue " + cueKind(t, g);
    }

    @Override
    public String ofWrongSpeaker(AttributionScores.ScoredText t, GoldAttribution g, PredictedAttribution p) {
        if (p.byOutlet()) {
            return "wrong speaker: found as the outlet's own sentence; cue " + cueKind(t, g);
        }
        for (TextSpan c : g.cue()) {
            if (p.content().start() <= c.start() && c.end() <= p.content().end()) {
                return "wrong speaker: nested, the outer speaker given";
            }
        }
        if (p.source().isEmpty()) {
            return "wrong speaker: no source span";
        }
        TextSpan s = p.source().get();
        String sourceWords = t.text().substring(s.start(), s.end());
        if (WordTokens.pronoun(sourceWords)) {
            return "wrong speaker: a pronoun resolved to another antecedent";
        }
        for (TextSpan gs : g.source()) {
            if (gs.overlaps(s)) {
                return "wrong speaker: the gold source phrase, another name taken from it";
            }
        }
        boolean named = false;
        for (TextSpan gs : g.source()) {
            for (String w : t.text().substring(gs.start(), gs.end()).split("\\s+")) {
                named |= !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !WordTokens.PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
            }
        }
        return "wrong speaker: another noun phrase; the gold source " + (named ? "a name" : "a group or description");
    }

    /** The kind of the gold cue: what a reader of the engine's lexicon and rules needs to know of it. */
    String cueKind(AttributionScores.ScoredText t, GoldAttribution g) {
        List<Token> cue = new ArrayList<>();
        List<AnalysedSentence> sentences = analysed.computeIfAbsent(t.name() + "\u0000" + t.text().length(), k -> english.analyse(t.text()));
        Token before = null;
        for (AnalysedSentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token x = s.tokens().get(i);
                for (TextSpan c : g.cue()) {
                    if (x.start() < c.end() && c.start() < x.end()) {
                        if (cue.isEmpty() && i > 0) {
                            before = s.tokens().get(i - 1);
                        }
                        cue.add(x);
                        break;
                    }
                }
            }
        }
        if (cue.isEmpty()) {
            return "none annotated";
        }
        String words = String.join(" ", cue.stream().map(x -> x.text().toLowerCase(Locale.ROOT)).toList());
        if (words.contains("according")) {
            return "\"according to\"";
        }
        boolean be = before != null && before.is("AUX") && before.lemma().equals("be");
        Token verb = null;
        String particle = "";
        boolean adjective = false;
        boolean noun = false;
        for (Token x : cue) {
            be |= x.is("AUX") && x.lemma().equals("be");
            if (verb != null && particle.isEmpty()) {
                particle = x.text().toLowerCase(Locale.ROOT);
            }
            if (x.is("VERB") && verb == null) {
                verb = x;
            }
            adjective |= x.is("ADJ");
            noun |= x.is("NOUN");
        }
        if (verb != null) {
            if (be && !verb.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
                return "a passive or an adjective after \"be\" (is expected, is seen as)";
            }
            return inLexicon(verb, particle) ? "a verb of the cue lexicon" : "a verb not in the cue lexicon (seem, decide, look)";
        }
        if (adjective && be) {
            return "a passive or an adjective after \"be\" (is expected, is seen as)";
        }
        if (noun) {
            return "a noun (claim, criticism, support)";
        }
        return "other (a preposition, a colon, a name, an adjective)";
    }

    private boolean inLexicon(Token verb, String particle) {
        if (cues.verb(verb.lemma()).isPresent() || cues.phrasal(verb.lemma(), particle).isPresent()) {
            return true;
        }
        if (!cues.misread(verb.lemma())) {
            // As the finder does: the lemmatizer's next readings only for a form read wrongly ("jok" for "joked", "contende").
            return false;
        }
        for (String reading : english.lemmaReadings(verb)) {
            if (cues.verb(reading).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
