package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Whether an attribution reports someone's speech or writing, or the outlet's own account of what someone did or thinks.
 * PARC 3.0 and PolNeAR annotate both as attributions ("Kyiv accepted a ceasefire", "he hopes to …", a headline's "X Offers
 * …"); who <em>asserts</em> the claim differs: a report of speech is its speaker's claim, a narrated act or mental state is the
 * outlet's (a fact-checker checks the outlet for "Kyiv accepted a ceasefire", not Kyiv). The reading is by the cue's verb class
 * and the content's shape together (the complementation of verbs of saying and thinking, Quirk et al. 1985, ch. 16: a reported
 * clause or a quotation against a noun-phrase object):
 * <ul>
 * <li>a quotation (direct or mixed), a noun cue ("statement", "readout"), "according to", a colon, a passive ("was reported"),
 * an attribution naming no source, a source in the first person ("we", "I": the narrator of a news report does not speak in
 * the first person, a speaker does, in a statement set off as a block): speech, whatever the verb;</li>
 * <li>a verb of saying (VerbNet 3.4 say-37.7, tell-37.2, talk-37.5, lecture-37.11, manner_speaking-37.3), a speech act
 * ({@link #SPEECH_ACTS}), a denial ({@link org.claimbench.analysis.language.DenialVerbs}), a phrasal cue of the lexicon:
 * speech;</li>
 * <li>a verb that reports a message or a thought only with a clause (VerbNet chit_chat-37.6, interrogate-37.1.3, the
 * directives urge-58.1 and order-58.3, the beliefs conjecture-29.5 and consider-29.9, estimate-34.2 ({@link #CAN_REPORT}); any verb whose
 * first WordNet 3.1 sense is filed under verb.communication): speech when its content is a clause (after "that", "whether", a
 * wh-word or a colon; a subject and a finite verb; an object and an infinitive; a gerund; before the cue), an act when its
 * content is a noun phrase or a topic ("discussed areas of cooperation", "demands a ceasefire"); a verb of communication
 * whose object names an attitude or a thought ("expressed concern") is speech, and so is a verb that makes or sends a message
 * (create-26.4, send-11.1, {@link #MAKES_MESSAGES}) whose object names one ("posted a message …", "published a statement");</li>
 * <li>any other verb (accept, offer, hope, want, push …; a learned cue): an act, or a mental state (VerbNet want-32.1,
 * long-32.2, wish-62 and the beliefs; a first WordNet sense under verb.emotion, or verb.cognition for a verb VerbNet lacks), the
 * outlet narrates.</li>
 * <li>whatever the verb (but a judgment, judgment-33.1, or a denial), a noun phrase content whose head names an agreement (a
 * first WordNet sense under agreement.n.01: "signed a treaty", "announced a deal with …") is the act's object: an act. A verb
 * the lexicon does not list is a speech act by its VerbNet class only when its first WordNet sense is under
 * verb.communication ("proved to be …" is no report); a cue with an infinitive content ("went on to …") reads as the
 * infinitive's verb.</li>
 * <li>an attribution whose cue is in the headline (a text's first line, alone on it, with more text after it) and whose
 * content is not quoted: the outlet's headline, whatever its verb.</li>
 * </ul>
 * A verb's VerbNet classes are the lexicon's where it lists the verb from VerbNet, else VerbNet's own ({@link VerbClasses}): a
 * learned cue ("invited … to visit", urge-58.1 and promote-102) or a cue PolNeAR train gave the lexicon ("posted",
 * "estimates") is read by its class too.
 */
public final class NarratedActs {

    /** What an attribution tells of its source. */
    public enum Reading {
        /** Someone's speech or writing, reported: the claim is theirs. */
        SPEECH,
        /** What someone did, the outlet's account: the claim is the outlet's. */
        ACT,
        /** What someone thinks, wants or hopes, the outlet's account: the claim is the outlet's. */
        MENTAL_STATE,
        /** A headline's account of what someone said or did: the claim is the outlet's. */
        HEADLINE
    }

    /**
     * VerbNet 3.4 classes whose verbs are speech acts whatever their content's shape: the verbs of communication (class 37) but
     * chit_chat-37.6 and interrogate-37.1.3 (their object is a topic or a person: "discussed trade"), judging (judgment-33.1:
     * "praised", "criticized"), accusing (suspect-81), stressing (promote-102: "emphasized") and showing (indicate-78: "confirmed
     * the talks", "the figures show a rise").
     */
    private static final Pattern SPEECH_ACTS = Pattern.compile(
            "(?<![a-z_])(?!chit_chat-37\\.6|interrogate-37\\.1\\.3)[a-z_]+-37\\.|judgment-33\\.1|suspect-81|promote-102|indicate-78");

    /**
     * VerbNet 3.4 classes whose verbs report a message or a thought only with a clause ("discussed whether …", "urged them to
     * …", "believes that …", "estimates the plant will save …"): chit_chat-37.6, interrogate-37.1.3, urge-58.1, order-58.3,
     * conjecture-29.5, consider-29.9, estimate-34.2 ("estimated the damage" is an act).
     */
    private static final Pattern CAN_REPORT = Pattern.compile(
            "chit_chat-37\\.6|interrogate-37\\.1\\.3|urge-58\\.1|order-58\\.3|conjecture-29\\.5|consider-29\\.9|estimate-34\\.2");

    /**
     * VerbNet 3.4 classes whose verbs make or send a thing that may be a message (create-26.4: "published", "drafted";
     * send-11.1: "posted", "sent", "forwarded"): with an object that names a message ("posted a message on X implying …",
     * "published a statement …") they report it. Scribble-25.2 ("wrote", but also "took" of "take down": "took a phone call") is
     * left out; its verbs of writing are verbs of communication (class 37) as well.
     */
    private static final Pattern MAKES_MESSAGES = Pattern.compile("create-26\\.4|send-11\\.1");

    /** First-person pronouns: the narrator of a news report does not speak in the first person, a speaker quoted does. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");

    /**
     * VerbNet 3.4 classes of desire and intention (want-32.1, long-32.2, wish-62) and of belief (conjecture-29.5, consider-29.9):
     * a narrated act of one of them is a mental state ("hopes to …", "wants a …").
     */
    private static final Pattern DESIRE = Pattern.compile("want-32\\.1|long-32\\.2|wish-62|conjecture-29\\.5|consider-29\\.9");

    /** Words that open a reported clause after its verb: the complementiser, the subordinators of indirect questions, wh-words. */
    static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when", "where", "who", "which");

    /** Relative and wh-pronouns that open a clause inside a noun phrase ("areas, which included …"): where a subject is no longer looked for. */
    static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that");

    private final CueLexicon cues;

    public NarratedActs(CueLexicon cues) {
        this.cues = cues;
    }

    /** The standard lexicon's reading. */
    public static NarratedActs standard() {
        return Standard.ACTS;
    }

    private static final class Standard {
        static final NarratedActs ACTS = new NarratedActs(CueLexicon.standard());
    }

    /**
     * How {@code a}, found in {@code text} (whose analysed sentences are {@code sentences}, in text order), reads: a report of
     * speech, or the outlet's account of an act, a mental state or a headline.
     */
    public Reading of(String text, List<AnalysedSentence> sentences, Attribution a) {
        if (a.source().isEmpty() || a.kind() != Attribution.Kind.INDIRECT || firstPerson(text, a)) {
            return Reading.SPEECH;
        }
        if (inHeadline(text, sentences, a)) {
            return Reading.HEADLINE;
        }
        AnalysedSentence s = sentenceOf(sentences, a.cue().start());
        if (s == null) {
            return Reading.SPEECH;
        }
        int c = s.tokenAt(a.cue().start());
        if (c < 0 || !s.tokens().get(c).is("VERB") || passive(s.tokens(), c)) {
            return Reading.SPEECH;
        }
        String lemma = a.cueLemma().split(" ")[0].toLowerCase(Locale.ROOT);
        String classes = cues.verb(lemma).map(CueLexicon.Cue::source).filter(x -> x.startsWith("VerbNet")).orElseGet(() -> VerbClasses.of(lemma));
        Reading verb = verbReading(text, s, a, c, lemma, classes);
        if (verb == Reading.SPEECH && !lemma.equals("according") && !ATTITUDES.matcher(classes).find()
                && !org.claimbench.analysis.language.DenialVerbs.LEMMAS.contains(lemma) && agreementObject(text, s, a, cues.takesAddressee(lemma))) {
            // "signed an accord", "reached a deal", "announced a trade agreement with …": the agreement is the act's object, not
            // a message whose content the subject asserts.
            return Reading.ACT;
        }
        return verb;
    }

    /** The reading by the cue verb's lexicon entry, classes and WordNet file, with the content's shape (the class comment). */
    private Reading verbReading(String text, AnalysedSentence s, Attribution a, int c, String lemma, String classes) {
        if (lemma.equals("according") || cues.reportsSpeech(lemma)) {
            return Reading.SPEECH;
        }
        int last = s.tokenAt(a.cue().end() - 1);
        if (last > c) {
            // A phrasal cue of the lexicon ("made it clear", "pointed out"): those it takes from PolNeAR train are cues of statements.
            StringBuilder particle = new StringBuilder();
            for (int k = c + 1; k <= last; k++) {
                particle.append(k > c + 1 ? " " : "").append(s.tokens().get(k).text().toLowerCase(Locale.ROOT));
            }
            java.util.Optional<CueLexicon.Cue> phrasal = cues.phrasal(lemma, particle.toString());
            if (phrasal.isPresent() && infinitive(s, a)) {
                // "went on to win Ohio" (go_on, say-37.7: "went on about …") tells what was done next; "went on to say …" what
                // was said: the infinitive's verb reads the content.
                return reportingInfinitive(s, a) ? Reading.SPEECH : Reading.ACT;
            }
            if (phrasal.isPresent()) {
                return SPEECH_ACTS.matcher(phrasal.get().source()).find() || !phrasal.get().source().startsWith("VerbNet")
                        ? Reading.SPEECH : Reading.ACT;
            }
        }
        String file = WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB);
        boolean communicates = file.equals("verb.communication");
        if (SPEECH_ACTS.matcher(classes).find()
                && (cues.verb(lemma).isPresent() || communicates || reportingInfinitive(s, a))) {
            // A verb the lexicon does not list is a speech act by its VerbNet class only when its usual sense is one of
            // communication: "go" (say-37.7: "and he goes, …") in "went on to win Ohio", "prove" (indicate-78) in "proved to be a
            // strong vote getter" are acts; "went on to say …" reports what its infinitive says.
            return Reading.SPEECH;
        }
        if (org.claimbench.analysis.language.DenialVerbs.LEMMAS.contains(lemma)) {
            // A denial ("denied the reports", "rejected claims that …") says the opposite of what it denies: a statement.
            return Reading.SPEECH;
        }
        if ((communicates || CAN_REPORT.matcher(classes).find()) && clause(text, s, a)) {
            return Reading.SPEECH;
        }
        boolean makes = MAKES_MESSAGES.matcher(classes).find();
        String object = communicates || makes ? objectHeadFile(s, a) : "";
        if (communicates && (object.equals("noun.feeling") || object.equals("noun.cognition"))) {
            return Reading.SPEECH;
        }
        if (makes && object.equals("noun.communication")) {
            return Reading.SPEECH;
        }
        boolean mind = DESIRE.matcher(classes).find() || file.equals("verb.emotion") || classes.isEmpty() && file.equals("verb.cognition");
        return mind ? Reading.MENTAL_STATE : Reading.ACT;
    }

    /**
     * WordNet 3.1's agreement.n.01 ("the statement (oral or written) of an exchange of promises"; offset 06783066 in WordNet
     * 3.1's data.noun, 06770275 in WordNet 3.0's), whose hyponyms are the deals, accords, treaties, pacts, contracts, settlements
     * and compromises an act makes, signs, reaches or announces.
     */
    static final long AGREEMENT = 6783066L;

    /**
     * VerbNet 3.4 classes of verbs that judge or take a stand on what they name: judgment-33.1 ("praised the treaty", "criticized
     * the deal"), whose object is the speaker's evaluation, not the act of making an agreement.
     */
    private static final Pattern ATTITUDES = Pattern.compile("judgment-33\\.1");

    /** Possessive determiners UD English tags PRON, which open a noun phrase ("its deal", "their accord"). */
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");

    /**
     * Whether the content, after the cue and opened by no complementiser, wh-word or colon, is a noun phrase whose head (its last
     * noun) names an agreement: one of its first WordNet senses under agreement.n.01 ({@link #AGREEMENT}), and which opens no
     * clause ({@link #clause}: "said the deal with Iran isn't good" has the noun phrase as its subject); a noun followed by "to"
     * and a verb keeps its infinitive as its complement ("the agreement to exploit …"), but after a verb that takes an addressee
     * ({@code addressee}: "asked the convention to vote …") the noun is the addressee and the infinitive the message.
     */
    private static boolean agreementObject(String text, AnalysedSentence s, Attribution a, boolean addressee) {
        if (a.content().start() < a.cue().end() || opensClause(text.substring(a.cue().end(), a.content().start()))) {
            return false;
        }
        List<Token> t = s.tokens();
        int i = s.tokenAt(a.content().start());
        if (i < 0) {
            return false;
        }
        String head = null;
        int k = i;
        for (; k < t.size() && t.get(k).start() < a.content().end(); k++) {
            Token w = t.get(k);
            if (w.is("NOUN")) {
                head = w.lemma();
            } else if (!(w.is("DET") || w.is("ADJ") || w.is("NUM") || w.tag().startsWith("PROPN") || w.tag().startsWith("NOUN")
                    || k == i && w.is("PRON") && POSSESSIVES.contains(w.text().toLowerCase(Locale.ROOT)))) {
                break;
            }
        }
        return head != null && WordNet.shared().senseUnder(head, WordNet.Pos.NOUN, AGREEMENT) && !clause(text, s, a, addressee);
    }

    /** Whether the words between a cue and its content open a clause: a complementiser, a wh-word, a colon. */
    static boolean opensClause(String between) {
        for (String w : between.toLowerCase(Locale.ROOT).split("[^a-z:]+")) {
            if (CLAUSE_OPENERS.contains(w) || w.contains(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content is an infinitive of a verb whose first WordNet 3.1 sense is filed under verb.communication: "went on to
     * say …", "went on to explain …"; the report is the infinitive's.
     */
    static boolean reportingInfinitive(AnalysedSentence s, Attribution a) {
        return infinitive(s, a) && WordNet.shared().lexicographerFile(s.tokens().get(s.tokenAt(a.content().start()) + 1).lemma(),
                WordNet.Pos.VERB).equals("verb.communication");
    }

    /** Whether the content opens with "to" and a verb. */
    private static boolean infinitive(AnalysedSentence s, Attribution a) {
        List<Token> t = s.tokens();
        int i = s.tokenAt(a.content().start());
        return i >= 0 && i + 1 < t.size() && t.get(i).text().equalsIgnoreCase("to") && t.get(i + 1).is("VERB");
    }

    /**
     * A capitalised word the tagger read as an adjective, not in capitals, before "to" and a verb: the UD English model tags some
     * names so ("invited Trump/ADJ to visit …", 14 of the 45 such words on PolNeAR train), and an adjective cannot be an
     * infinitive's subject there, a noun phrase can (the finder's {@link NameTags} leaves the word as tagged after a verb).
     */
    private static boolean nameReadAsAdjective(Token w) {
        String x = w.text();
        return w.is("ADJ") && Character.isUpperCase(x.charAt(0)) && !x.equals(x.toUpperCase(Locale.ROOT));
    }

    /** Whether the source is a first-person pronoun ("we didn't discuss …" in a statement set off as a block): someone's words. */
    private static boolean firstPerson(String text, Attribution a) {
        return FIRST_PERSON.contains(text.substring(a.source().get().start(), a.source().get().end()).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The WordNet 3.1 lexicographer file of the first sense of the content's head noun when the content opens with a noun
     * phrase (its head the last noun before a preposition or a comma), or "": noun.feeling or noun.cognition for an attitude or
     * a thought ("concern about …", "skepticism": what a verb of communication with such an object, "expressed concern",
     * reports is the speaker's); noun.communication for a message ("a message", "a statement").
     */
    private static String objectHeadFile(AnalysedSentence s, Attribution a) {
        List<Token> t = s.tokens();
        int i = s.tokenAt(a.content().start());
        String head = null;
        for (int k = Math.max(i, 0); i >= 0 && k < t.size() && t.get(k).start() < a.content().end(); k++) {
            Token w = t.get(k);
            if (w.is("NOUN")) {
                head = w.lemma();
            } else if (head != null && !w.is("ADJ") && !w.is("NUM")) {
                break;
            }
        }
        return head == null ? "" : WordNet.shared().lexicographerFile(head, WordNet.Pos.NOUN);
    }

    /** Whether the cue lies in the text's headline: its first sentence, alone on its line, with more text after it. */
    static boolean inHeadline(String text, List<AnalysedSentence> sentences, Attribution a) {
        if (sentences.size() < 2) {
            return false;
        }
        AnalysedSentence first = sentences.get(0);
        return a.cue().start() >= first.start() && a.cue().start() < first.end() && Spans.aloneOnLine(text, first.start(), first.end());
    }

    private static AnalysedSentence sentenceOf(List<AnalysedSentence> sentences, int offset) {
        for (AnalysedSentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** "was reported", "is expected to": a form of "be" right before the cue's participle. */
    private static boolean passive(List<Token> t, int c) {
        return c > 0 && t.get(c - 1).hasLemma("be") && t.get(c).text().toLowerCase(Locale.ROOT).endsWith("ed");
    }

    /**
     * Whether the content is a clause, not a noun phrase or a topic: it stands before the cue ("…, she said"); a complementiser,
     * a wh-word or a colon opens it; or a subject and a finite verb open it ("Russia would not …"), looked for up to a comma or
     * a relative pronoun (a noun phrase's own relative clause: "areas, which included …" is no clause).
     */
    static boolean clause(String text, AnalysedSentence s, Attribution a) {
        return clause(text, s, a, true);
    }

    /**
     * {@link #clause(String, AnalysedSentence, Attribution)}, where a noun before "to" and a verb opens an object and its
     * infinitive ("urged the board to sign") only if {@code objectInfinitive}: else it is a noun and its complement ("the
     * agreement to exploit …").
     */
    private static boolean clause(String text, AnalysedSentence s, Attribution a, boolean objectInfinitive) {
        if (a.content().end() <= a.cue().start()) {
            return true;
        }
        if (a.content().start() > a.cue().end() && opensClause(text.substring(a.cue().end(), a.content().start()))) {
            return true;
        }
        List<Token> t = s.tokens();
        int i = s.tokenAt(a.content().start());
        if (i < 0) {
            return false;
        }
        if (CLAUSE_OPENERS.contains(t.get(i).text().toLowerCase(Locale.ROOT)) && !t.get(i).is("DET")) {
            return true;
        }
        if (t.get(i).is("VERB") && t.get(i).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            // A gerund clause: "denied firing the missiles".
            return true;
        }
        for (int k = i; k < t.size() && t.get(k).start() < a.content().end(); k++) {
            Token w = t.get(k);
            if (w.text().equals(",") || k > i && RELATIVES.contains(w.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (objectInfinitive && k > i && k + 1 < t.size() && w.text().equalsIgnoreCase("to") && t.get(k + 1).is("VERB")
                    && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN") || t.get(k - 1).is("PRON") || nameReadAsAdjective(t.get(k - 1)))) {
                return true;
            }
            if (k > i && (w.is("AUX") || w.is("VERB") && !w.text().toLowerCase(Locale.ROOT).endsWith("ing"))
                    && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN") || t.get(k - 1).is("PRON") || t.get(k - 1).is("NUM"))) {
                return true;
            }
        }
        return false;
    }
}
