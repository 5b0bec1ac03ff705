package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;

/**
 * The source of a cue in a to-infinitive that is the complement of a verb with an object ("the senator forced Berg to
 * admit that …", "the ruling led the wardens to say that …"): the object is the infinitive's understood subject, who
 * speaks (object control with a to-infinitive: Quirk et al., A Comprehensive Grammar of the English Language, 1985,
 * 16.63; Huddleston and Pullum, The Cambridge Grammar of the English Language, 2002, ch. 14). Which verbs take such an
 * object is lexical: an infinitive after the object of "use" or "spend" says what for, and its subject is the verb's own
 * ("Berg used his speech to call for …"), so only the verbs listed here are read so.
 */
final class ObjectControl {

    /**
     * Verbs whose object is the subject of a to-infinitive after it: the members of the VerbNet 3.4 (Kipper Schuler et al.;
     * github.com/cu-clear/verbnet, folder verbnet3.4) classes compel-59.1-1, urge-58.1-1 and -1-1, order-58.3-1, beg-58.2,
     * require-103-1, allow-64.1-1, stimulate-59.4, help-72.1-1-1 and want-32.1-1-1, one word each (the phrasal "call on",
     * "egg on", "lean on" are left out).
     */
    private static final Set<String> CONTROLLERS = Set.of(
            // compel-59.1-1
            "arm-twist", "bribe", "coerce", "compel", "convince", "commandeer", "dragoon", "drive", "hound", "impel", "induce", "influence",
            "lead", "motivate", "obligate", "oblige", "palaver", "persuade", "railroad", "rush", "sandbag", "steamroller", "suborn", "sway",
            "wheedle", "woo",
            // urge-58.1-1, urge-58.1-1-1
            "dare", "force", "invite", "push", "summon", "tempt", "admonish", "ask", "encourage", "exhort", "entreat", "implore", "lobby",
            "press", "pressure", "prod", "urge",
            // order-58.3-1, beg-58.2, require-103-1, allow-64.1-1
            "authorize", "command", "commission", "order", "require", "request", "importune", "beg", "necessitate", "allow", "permit",
            // stimulate-59.4, help-72.1-1-1, want-32.1-1-1
            "incite", "jolt", "prompt", "rouse", "spur", "stimulate", "aid", "abet", "assist", "help", "want", "need", "like", "prefer",
            "desire");

    /** How many tokens a relative clause or an aside set off by commas after the object may hold. */
    private static final int ASIDE = 30;

    private ObjectControl() {
    }

    /**
     * The object phrase whose understood subject the infinitive marker at token {@code to} takes, as {start, end} token
     * indices; null when no noun phrase stands between it and a verb of {@link #CONTROLLERS}. An aside set off by commas
     * after the object ("forced Berg, who was …, to admit") and "of" phrases inside it ("led hundreds of the wardens to …")
     * are passed over.
     */
    static int[] object(Reading r, List<Token> t, int to) {
        if (to < 2 || !Phrases.lower(t.get(to)).equals("to")) {
            return null;
        }
        int e = to - 1;
        if (t.get(e).text().equals(",")) {
            int c = e - 1;
            while (c > Math.max(0, e - ASIDE) && !t.get(c).text().equals(",") && !r.quoteMark(t.get(c))) {
                c--;
            }
            if (c <= 0 || !t.get(c).text().equals(",")) {
                return null;
            }
            e = c - 1;
        }
        int st = Phrases.startBefore(t, e);
        for (int links = 0; st >= 2 && links < 2 && Phrases.lower(t.get(st - 1)).equals("of"); links++) {
            int before = Phrases.startBefore(t, st - 2);
            if (before < 0) {
                break;
            }
            st = before;
        }
        if (st < 1) {
            return null;
        }
        Token verb = t.get(st - 1);
        return verb.is("VERB") && CONTROLLERS.contains(verb.lemma()) ? new int[] {st, e} : null;
    }
}
