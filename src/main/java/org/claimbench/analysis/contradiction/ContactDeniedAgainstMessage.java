package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account denies that the two sides spoke at all, the other reports what one of them told the other: "the ministry is not
 * aware of any conversation between the two ministers" against "the minister assured me that the plant will close". A message
 * addressed to a person presupposes a contact with that person: the verbs of informing take the person told as their
 * Recipient (VerbNet 3.4, tell-37.2, advise-37.9 (assure, inform, notify, reassure, warn) and promise-37.13), and a
 * conversation or a telephone call is the contact itself (WordNet 3.1, conversation#1, "the use of speech for informal
 * exchange of views or ideas or information etc.", and call#1, {call, phone call, telephone call}). The denial of the contact
 * therefore denies the way the other account says the message came; it denies a presupposition, not the message, so the
 * signal weighs as little as {@link TalksDeniedAgainstAgreement}'s.
 *
 * <p>Contact denied: a noun naming a conversation or a call (one of its first senses is one of the two synsets, or a
 * direct hypernym of one is) that opens the claim's negation scope ({@link ClaimFeatures#scoped}), after adjectives only,
 * a noun compounded with it ("no phone conversation") or the words of knowing ("not aware of any conversation", "no knowledge
 * of a call": a source saying it knows of no contact that it would have taken part in, the usual form of an official
 * denial), or that follows "unaware of" ({@link #UNAWARE}, the negative prefix of the same adjective). Message: a verb of
 * WordNet's lexicographer file verb.communication, not negated, denied or supposed, directly followed by an object pronoun
 * (the Recipient: "assured me", "promised him"). Two accounts of one event ({@link Pair#oneEvent}), somewhat alike in meaning
 * ({@link TroponymDenial#LIKENESS}).
 */
final class ContactDeniedAgainstMessage implements PairSignal {

    /** conversation#1 (n 07148409 in WordNet 3.1). */
    private static final String[] CONVERSATION = {"conversation", "1"};
    /** call#1 (n 06283456: call, phone call, telephone call). */
    private static final String[] CALL = {"call", "1"};
    /**
     * The words of knowing that a source's denial of a contact is put in ("not aware of", "no knowledge of", "does not recall"):
     * the factive predicates of knowledge (Kiparsky and Kiparsky 1970, "Fact", on "aware", "know", "knowledge", "recall") and
     * their nouns in WordNet 3.1 (awareness#1, knowledge#1, recollection#1, record#1 as "a document that can serve as legal evidence").
     */
    private static final Set<String> KNOWING = Set.of("aware", "awareness", "know", "knowledge", "recall", "recollection", "record");
    /** The adjective of knowing with its negative prefix (the Oxford English Dictionary, unaware, adj.: "not aware"). */
    private static final String UNAWARE = "unaware";
    /** The personal pronouns of persons, either case (Quirk et al. 1985, 6.2; the lemmatizer may give the subject form). */
    private static final Set<String> PERSONAL = Set.of("i", "me", "he", "him", "she", "her", "we", "us", "they", "them", "you");

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return mayDeny(a) || mayDeny(b);
    }

    private static boolean mayDeny(ClaimFeatures f) {
        return f.negationCue != null && !f.negatesAReport || f.words.contains(UNAWARE);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(TroponymDenial.LIKENESS)) {
            return Optional.empty();
        }
        return denied(a, b).or(() -> denied(b, a));
    }

    private static Optional<Signal> denied(ClaimFeatures denying, ClaimFeatures told) {
        if (!mayDeny(denying) || told.openCondition) {
            return Optional.empty();
        }
        String contact = deniedContact(denying);
        if (contact == null) {
            return Optional.empty();
        }
        String message = message(told);
        if (message == null) {
            return Optional.empty();
        }
        String cue = denying.negationCue != null && denying.scoped.contains(contact) ? denying.negationCue : UNAWARE;
        return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.3,
                () -> "“" + cue + " … " + contact + "” in one claim, “" + message + "” someone in the other: one account reports what "
                        + "was said to a person, the other denies that they spoke at all.", "denial:contact-message"));
    }

    /** The noun of a conversation or call the claim denies ("not aware of any conversation", "unaware of a call"); null if none. */
    static String deniedContact(ClaimFeatures f) {
        if (f.negationCue != null && !f.negatesAReport) {
            List<String> scope = f.scoped;
            for (int k = 0; k < scope.size(); k++) {
                String w = scope.get(k);
                String tag = f.tagOf(w);
                if (tag.equals("NOUN") && namesContact(w)) {
                    return w;
                }
                boolean compound = tag.equals("NOUN") && k + 1 < scope.size() && namesContact(scope.get(k + 1))
                        && adjacent(f.reading, w, scope.get(k + 1));
                if (!(tag.equals("ADJ") || KNOWING.contains(w) || compound)) {
                    break;
                }
            }
        }
        return afterUnaware(f.reading);
    }

    /** Whether a token of lemma {@code first} stands right before one of lemma {@code second} (a noun compounded with the next). */
    private static boolean adjacent(ClaimReading r, String first, String second) {
        for (int i = 0; i + 1 < r.size(); i++) {
            if (r.lemma(i).equalsIgnoreCase(first) && r.lemma(i + 1).equalsIgnoreCase(second)) {
                return true;
            }
        }
        return false;
    }

    /** The contact noun of "unaware of (any|such|a …) conversation", determiners, adjectives and one compounded noun between; null if none. */
    private static String afterUnaware(ClaimReading r) {
        for (int i = 0; i + 2 < r.size(); i++) {
            if (!r.lemma(i).toLowerCase(Locale.ROOT).equals(UNAWARE) || !r.lemma(i + 1).equalsIgnoreCase("of")) {
                continue;
            }
            for (int k = i + 2; k < r.size() && k <= i + 6; k++) {
                String w = r.lemma(k).toLowerCase(Locale.ROOT);
                if (r.is(k, "NOUN") && namesContact(w)) {
                    return w;
                }
                if (!(r.is(k, "DET") || r.is(k, "ADJ") || r.is(k, "NOUN"))) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * The verb of a message addressed to a person ("assured me"), affirmed; null if none. The personal pronoun right after the
     * verb is its object when no verb or auxiliary follows it: "announced he would resign" has the pronoun as the subject of
     * the verb's complement clause, "assured him the plant would close" as the Recipient (Quirk et al. 1985, 16.55, the
     * indirect object before a clause).
     */
    static String message(ClaimFeatures f) {
        ClaimReading r = f.reading;
        WordNet wn = WordNet.shared();
        for (int i = 0; i + 1 < r.size(); i++) {
            if (!r.is(i, "VERB") || !r.is(i + 1, "PRON") || !PERSONAL.contains(r.lemma(i + 1).toLowerCase(Locale.ROOT))
                    || i + 2 < r.size() && (r.is(i + 2, "AUX") || r.is(i + 2, "VERB"))) {
                continue;
            }
            String verb = r.lemma(i).toLowerCase(Locale.ROOT);
            if (verb.equals("say") || f.negated.contains(verb) || f.scoped.contains(verb) || f.supposed.contains(verb)
                    || !wn.lexicographerFile(verb, WordNet.Pos.VERB).equals("verb.communication")) {
                continue;
            }
            return verb;
        }
        return null;
    }

    /** Whether one of the noun's first senses, or a direct hypernym of one, is conversation#1 or call#1. */
    private static boolean namesContact(String noun) {
        WordNet wn = WordNet.shared();
        for (long s : wn.senses(noun, WordNet.Pos.NOUN)) {
            if (s == Senses.CONVERSATION || s == Senses.CALL) {
                return true;
            }
        }
        for (long s : wn.hypernyms(noun, WordNet.Pos.NOUN)) {
            if (s == Senses.CONVERSATION || s == Senses.CALL) {
                return true;
            }
        }
        return false;
    }

    /** The synsets named above by offset, looked up once when first used; a sense WordNet does not have is -1 and meets nothing. */
    private static final class Senses {
        static final long CONVERSATION = sense(ContactDeniedAgainstMessage.CONVERSATION);
        static final long CALL = sense(ContactDeniedAgainstMessage.CALL);
    }

    private static long sense(String[] named) {
        long[] senses = WordNet.shared().senses(named[0], WordNet.Pos.NOUN);
        int n = Integer.parseInt(named[1]) - 1;
        return n < senses.length ? senses[n] : -1;
    }
}
