package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.WordNet;

/**
 * Blocking keys by word sense, so that a verb denied in one claim meets the verb that affirms it in another when the two
 * share no word: "claims that they have surrendered are wrong" and "they have capitulated" (WordNet files "capitulate" as
 * a kind of "surrender"), "we have not engaged in talks" and "they agreed to halt" meet only if WordNet relates the verbs.
 * The signals these pairs are for read the same relations: {@link NegationSignal} a WordNet synonym (a shared synset among
 * the first senses), {@link FalsifiedReportSignal} a synonym or a direct hypernym either way (WordNet.kindOf). A verb's
 * senses are its first synsets; its neighbourhood is those and their direct hypernyms. A denied verb and an affirmed one
 * meet when the senses of one fall in the neighbourhood of the other (two verbs that only share a hypernym, siblings,
 * do not). Denied: the verbs in a negation's scope and those of a report called false; affirmed: the other content verbs.
 * Keys are scoped to the claim's event as {@link BlockingKeys}'s denials are: a claim whose event is not known meets every
 * event's. All keys only wait to be looked up ({@link BlockingKeys#postedOnly}): two affirmed verbs do not pair claims.
 */
final class SenseKeys {

    /** Key prefixes: a denied verb's senses and neighbourhood, an affirmed verb's senses and neighbourhood. */
    private static final String DENIED_SENSE = "#dsense:";
    private static final String DENIED_NEAR = "#dnear:";
    private static final String AFFIRMED_SENSE = "#asense:";
    private static final String AFFIRMED_NEAR = "#anear:";

    /** How {@link Candidates#routes} names the route these keys make. */
    static final String ROUTE = "a verb denied in one, a verb WordNet relates to it affirmed in the other";

    /** Where a known event's keys also stand, for the claims whose event is not known (an event name has no "*"). */
    private static final String ANY_EVENT = "*";

    private SenseKeys() {
    }

    /** Whether a blocking key is one of these (they only wait to be looked up). */
    static boolean is(String key) {
        return key.startsWith(DENIED_SENSE) || key.startsWith(DENIED_NEAR) || key.startsWith(AFFIRMED_SENSE) || key.startsWith(AFFIRMED_NEAR);
    }

    /** The keys a claim posts: its denied verbs' senses and neighbourhoods, and its affirmed verbs'. */
    static void posted(ClaimFeatures c, List<String> out) {
        List<String> scopes = c.event.isEmpty() ? List.of("") : List.of(c.event, ANY_EVENT);
        keys(c, out, scopes, DENIED_SENSE, DENIED_NEAR, AFFIRMED_SENSE, AFFIRMED_NEAR);
    }

    /** The keys a claim looks up: the other side's, a denied verb's senses in affirmed neighbourhoods and the other way. */
    static void lookedUp(ClaimFeatures c, List<String> out) {
        List<String> scopes = c.event.isEmpty() ? List.of("", ANY_EVENT) : List.of(c.event, "");
        keys(c, out, scopes, AFFIRMED_NEAR, AFFIRMED_SENSE, DENIED_NEAR, DENIED_SENSE);
    }

    /**
     * For each denied verb, its senses under senseOfDenied and its neighbourhood under nearOfDenied; likewise for each affirmed
     * verb; each key once per scope.
     */
    private static void keys(ClaimFeatures c, List<String> out, List<String> scopes, String senseOfDenied, String nearOfDenied,
            String senseOfAffirmed, String nearOfAffirmed) {
        List<String> denied = denied(c);
        ClaimReading r = c.reading;
        List<String> affirmed = new ArrayList<>(4);
        for (int i = 0; i < r.size(); i++) {
            String w = r.lemma(i);
            if (r.is(i, "VERB") && c.words.contains(w) && !denied.contains(w) && !c.negated.contains(w) && !c.supposed.contains(w)
                    && !affirmed.contains(w)) {
                affirmed.add(w);
            }
        }
        for (String v : denied) {
            add(v, out, scopes, senseOfDenied, nearOfDenied);
        }
        for (String v : affirmed) {
            add(v, out, scopes, senseOfAffirmed, nearOfAffirmed);
        }
    }

    private static void add(String verb, List<String> out, List<String> scopes, String sensePrefix, String nearPrefix) {
        WordNet wn = WordNet.shared();
        long[] senses = wn.senses(verb, WordNet.Pos.VERB);
        if (senses.length == 0) {
            return;
        }
        long[] hypernyms = wn.hypernyms(verb, WordNet.Pos.VERB);
        for (String scope : scopes) {
            for (long s : senses) {
                String id = Long.toString(s, 36) + "@" + scope;
                out.add(sensePrefix + id);
                out.add(nearPrefix + id);
            }
            for (long h : hypernyms) {
                out.add(nearPrefix + Long.toString(h, 36) + "@" + scope);
            }
        }
    }

    /** The verbs a claim denies: those in a negation's scope and those of a report it calls false. */
    private static List<String> denied(ClaimFeatures c) {
        List<String> out = new ArrayList<>(2);
        ClaimReading r = c.reading;
        for (int i = 0; i < r.size(); i++) {
            if (r.is(i, "VERB") && c.scoped.contains(r.lemma(i)) && !out.contains(r.lemma(i))) {
                out.add(r.lemma(i));
            }
        }
        for (String v : FalsifiedReportSignal.reportedFalse(c)) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
