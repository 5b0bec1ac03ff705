package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * A message a verb's subject puts out, with a reporting participle after it: "the board issued a statement saying …",
 * "the campaign released a letter urging …". The participle postmodifies the message (a nonfinite clause after a noun:
 * Quirk et al., A Comprehensive Grammar of the English Language, 1985, chapter 17, postmodification), and who issued it is
 * the source: PolNeAR train annotates the verb, the message and the participle as one cue ("issued a statement saying",
 * "released a statement saying") whose source is the issuer, the message being the issuer's vehicle.
 */
final class Messages {

    /**
     * First WordNet 3.1 senses of verbs whose subject takes in a message rather than puts it out ("obtained a memo",
     * "read a letter", "found a report"): its subject is no source of what the message says.
     */
    static final Set<String> RECEIVING = Set.of("verb.possession", "verb.perception", "verb.cognition");

    private Messages() {
    }

    /**
     * The verb that puts out the message headed by the noun at token j, as a one-token source span to read the verb's own
     * subject from; null when the noun is no message (its first WordNet 3.1 sense is not noun.communication), is no
     * object opened by a determiner or a possessive right after a verb, or the verb takes a message in.
     */
    static SourcePhrases.Source issuer(List<Token> t, int j) {
        if (!t.get(j).is("NOUN") || !WordNet.shared().lexicographerFile(t.get(j).lemma(), WordNet.Pos.NOUN).equals("noun.communication")) {
            return null;
        }
        int st = Phrases.startBefore(t, j);
        if (st < 1 || !t.get(st - 1).is("VERB") || !(t.get(st).is("DET") || Phrases.possessive(t.get(st)))) {
            // "noted published reports saying …": with no determiner the participle before the noun may modify it.
            return null;
        }
        String file = WordNet.shared().lexicographerFile(t.get(st - 1).lemma(), WordNet.Pos.VERB);
        return file.isEmpty() || RECEIVING.contains(file) ? null : new SourcePhrases.Source(st - 1, st - 1, t.get(st - 1).text(), false);
    }
}
