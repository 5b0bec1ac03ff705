package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.WordForms;
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
    /**
     * A kind of act denied as a whole ("there has been no communication with them": communicate, WordNet's verb of the noun)
     * and the ancestors of an affirmed verb ({@link WordNet#ancestors}): "they announced to us" (to announce is to inform, to
     * inform is to communicate) meets it.
     */
    private static final String DENIED_ACT = "#dact:";
    private static final String AFFIRMED_KIND = "#akind:";

    /** How {@link Candidates#routes} names the route these keys make. */
    static final String ROUTE = "a verb denied in one, a verb WordNet relates to it affirmed in the other";

    /** Where a known event's keys also stand, for the claims whose event is not known (an event name has no "*"). */
    private static final String ANY_EVENT = "*";

    private SenseKeys() {
    }

    /** Whether a blocking key is one of these (they only wait to be looked up). */
    static boolean is(String key) {
        return key.startsWith(DENIED_SENSE) || key.startsWith(DENIED_NEAR) || key.startsWith(AFFIRMED_SENSE) || key.startsWith(AFFIRMED_NEAR)
                || key.startsWith(DENIED_ACT) || key.startsWith(AFFIRMED_KIND);
    }

    /** The keys a claim posts: its denied verbs' senses and neighbourhoods, and its affirmed verbs' where some denial looks them up. */
    static void posted(ClaimFeatures c, List<String> out, Denials denials) {
        List<String> scopes = postedAt(c);
        for (String v : c.deniedVerbs) {
            add(v, out, scopes, DENIED_SENSE, DENIED_NEAR);
        }
        acts(c, out, scopes, DENIED_ACT);
        affirmed(c, out, scopes.stream().filter(denials::looksUpAffirmed).toList(), AFFIRMED_SENSE, AFFIRMED_NEAR);
        kinds(c, out, scopes.stream().filter(denials::looksUpAffirmed).toList(), AFFIRMED_KIND);
    }

    /** For each act a claim denies as a whole, the senses of its verb under a prefix, at each scope. */
    private static void acts(ClaimFeatures c, List<String> out, List<String> scopes, String prefix) {
        for (String v : c.deniedActs) {
            for (long s : WordNet.shared().senses(v, WordNet.Pos.VERB)) {
                for (String scope : scopes) {
                    out.add(prefix + Long.toString(s, 36) + "@" + scope);
                }
            }
        }
    }

    /** For each affirmed verb, its ancestors ({@link WordNet#ancestors}) under a prefix, at each scope. */
    private static void kinds(ClaimFeatures c, List<String> out, List<String> scopes, String prefix) {
        if (scopes.isEmpty()) {
            return;
        }
        for (String v : c.affirmedVerbs) {
            for (long s : WordNet.shared().ancestors(v, WordNet.Pos.VERB)) {
                for (String scope : scopes) {
                    out.add(prefix + Long.toString(s, 36) + "@" + scope);
                }
            }
        }
    }

    /**
     * The affirmed verbs' keys a claim posts at some of the scopes (an event, "*", or "" for no event known): for an index
     * that posts them once a denial there looks them up ({@link Denials#add}).
     */
    static List<String> postedAffirmed(ClaimFeatures c, Set<String> at) {
        List<String> out = new ArrayList<>();
        List<String> scopes = postedAt(c).stream().filter(at::contains).toList();
        affirmed(c, out, scopes, AFFIRMED_SENSE, AFFIRMED_NEAR);
        kinds(c, out, postedAt(c).stream().filter(at::contains).toList(), AFFIRMED_KIND);
        return out;
    }

    /** The scopes a claim posts its keys at: its event and "*", or "" when its event is not known. */
    private static List<String> postedAt(ClaimFeatures c) {
        return c.event.isEmpty() ? List.of("") : List.of(c.event, ANY_EVENT);
    }

    /** The keys a claim looks up: the other side's, a denied verb's senses in affirmed neighbourhoods and the other way. */
    static void lookedUp(ClaimFeatures c, List<String> out, Denials denials) {
        List<String> scopes = c.event.isEmpty() ? List.of("", ANY_EVENT) : List.of(c.event, "");
        for (String v : c.deniedVerbs) {
            add(v, out, scopes, AFFIRMED_NEAR, AFFIRMED_SENSE);
        }
        affirmed(c, out, scopes.stream().filter(denials::postsDenied).toList(), DENIED_NEAR, DENIED_SENSE);
        acts(c, out, scopes, AFFIRMED_KIND);
        kinds(c, out, scopes.stream().filter(denials::postsDenied).toList(), DENIED_ACT);
    }

    /** For each affirmed verb, its senses under sensePrefix and its neighbourhood under nearPrefix, at each scope. */
    private static void affirmed(ClaimFeatures c, List<String> out, List<String> scopes, String sensePrefix, String nearPrefix) {
        if (scopes.isEmpty()) {
            return;
        }
        for (String v : c.affirmedVerbs) {
            add(v, out, scopes, sensePrefix, nearPrefix);
        }
    }

    /** The content verbs a claim affirms: the others than those it denies, negates or supposes, each once. */
    static List<String> affirmed(ClaimFeatures c, List<String> denied) {
        ClaimReading r = c.reading;
        List<String> affirmed = new ArrayList<>(4);
        for (int i = 0; i < r.size(); i++) {
            String w = r.lemma(i);
            if (r.is(i, "VERB") && c.words.contains(w) && !denied.contains(w) && !c.negated.contains(w) && !c.supposed.contains(w)
                    && !affirmed.contains(w)) {
                affirmed.add(w);
            }
        }
        return List.copyOf(affirmed);
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

    /**
     * The acts a claim denies as a whole: the verbs WordNet derives the nouns in a negation's scope from ("there has been no
     * communication with them": communicate; "no contact": contact), other than the verbs it denies itself. A negative
     * determiner before a noun of an act denies every act of that kind (Quirk et al. 1985, 10.59: "no" as a universal
     * negative), so any troponym of its verb affirmed in another account contradicts it ({@link TroponymDenial}).
     */
    static List<String> deniedActs(ClaimFeatures c, List<String> deniedVerbs) {
        if (c.negationCue == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        ClaimReading r = c.reading;
        for (int i = 0; i < r.size(); i++) {
            if (r.is(i, "NOUN") && c.scoped.contains(r.lemma(i)) && universal(r, i) && (i + 1 >= r.size() || !r.is(i + 1, "NOUN") && !content(r, i + 1))
                    && ACT_FILES.contains(WordNet.shared().lexicographerFile(r.lemma(i), WordNet.Pos.NOUN))) {
                for (String v : WordForms.derivedVerbs(r.lemma(i))) {
                    if (!deniedVerbs.contains(v) && !out.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * WordNet's lexicographer files of nouns that name acts (Miller 1990, "Nouns in WordNet": noun.act, "nouns denoting acts
     * or actions", and noun.communication): a noun of a state or a thought ("no intention", "no position") denies no act.
     */
    private static final java.util.Set<String> ACT_FILES = java.util.Set.of("noun.act", "noun.communication");

    /**
     * Whether a noun's complement opens at i: a to-infinitive or a that-clause, which gives the act's content ("no promises to
     * halt migration", "no decision to hold talks": Quirk et al. 1985, 17.26-17.27), so the denial is of acts of that content
     * only, not of the kind as a whole.
     */
    private static boolean content(ClaimReading r, int i) {
        return r.lemma(i).equals("that") || r.lemma(i).equals("to") && i + 1 < r.size() && r.is(i + 1, "VERB");
    }

    /**
     * Whether the noun at i stands under a universal negative determiner, adjectives between: "no communication", "no such
     * proposal", or a non-assertive "any" in a negation's scope, "have not engaged in any talks" (Quirk et al. 1985, 10.59-10.62).
     */
    private static boolean universal(ClaimReading r, int i) {
        // Counted up by distance (see Clauses.agents).
        int back = 1;
        while (back <= i && (r.is(i - back, "ADJ") || r.is(i - back, "ADV"))) {
            back++;
        }
        int k = i - back;
        return k >= 0 && (r.lemma(k).equals("no") || r.lemma(k).equals("any"));
    }

    /** The verbs a claim denies: those in a negation's scope and those of a report it calls false. */
    static List<String> denied(ClaimFeatures c) {
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
        return List.copyOf(out);
    }

    /**
     * Where some claim denies a verb: the events it is of, and whether one is of an event not known. An affirmed verb's
     * keys are made only where a denial looks them up, and its look-ups only where a denial's keys stand (the pairs made
     * are the same; a claim with no verb denied in its event makes no sense keys). {@link #EVERYWHERE} makes them all.
     */
    static final class Denials {

        /** As if every event had a denial: every key made. */
        static final Denials EVERYWHERE = new Denials(null);

        /** The events with a denial, lower case ("" for an event not known); null for every event. */
        private final Set<String> events;

        private Denials(Set<String> events) {
            this.events = events;
        }

        /** Where the claims deny verbs, or acts as a whole ({@link #deniedActs}). */
        static Denials among(List<ClaimFeatures> claims) {
            Denials d = new Denials(new HashSet<>());
            claims.forEach(d::add);
            return d;
        }

        /** None yet, for an index that adds them as claims come ({@link #add}). */
        static Denials none() {
            return new Denials(new HashSet<>());
        }

        /**
         * Counts a claim's denials; returns the scopes where affirmed verbs' keys are looked up now and were not before
         * (its event, "" and, for a claim whose event is not known, "*"); empty when none is new.
         */
        Set<String> add(ClaimFeatures c) {
            if (events == null || (c.deniedVerbs.isEmpty() && c.deniedActs.isEmpty()) || events.contains(c.event)) {
                return Set.of();
            }
            Set<String> before = new HashSet<>();
            for (String scope : List.of(c.event, "", ANY_EVENT)) {
                if (looksUpAffirmed(scope)) {
                    before.add(scope);
                }
            }
            events.add(c.event);
            Set<String> fresh = new HashSet<>();
            for (String scope : List.of(c.event, "", ANY_EVENT)) {
                if (looksUpAffirmed(scope) && !before.contains(scope)) {
                    fresh.add(scope);
                }
            }
            return fresh;
        }

        /**
         * Whether some denial looks up the affirmed keys posted at a scope: a denial of event E looks at E and "", one
         * whose event is not known at "" and "*".
         */
        boolean looksUpAffirmed(String scope) {
            if (events == null) {
                return true;
            }
            return scope.isEmpty() ? !events.isEmpty() : scope.equals(ANY_EVENT) ? events.contains("") : events.contains(scope);
        }

        /** Whether some denial posts its keys at a scope: a denial of event E at E and "*", one whose event is not known at "". */
        boolean postsDenied(String scope) {
            if (events == null) {
                return true;
            }
            return scope.equals(ANY_EVENT) ? events.stream().anyMatch(e -> !e.isEmpty()) : events.contains(scope);
        }
    }
}
