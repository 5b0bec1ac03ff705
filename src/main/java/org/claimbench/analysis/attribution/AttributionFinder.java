package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.TextSpan;

/**
 * Finds the attributions of an article (source, cue, content, as PARC 3.0 and PolNeAR define
 * them) on OpenNLP's sentences, parts of speech and lemmas:
 * <ul>
 * <li>a cue is a verb whose lemma is in the {@link CueLexicon} (not an infinitive, not a passive, not
 *     inside a quotation: a quoted person's own "I said" is part of their words), "according to", or
 *     the colon of a line that opens with a name ("Smith: …") — see {@link SentenceAttributions};</li>
 * <li>the source is the noun phrase in the cue's own clause: before the verb ("the mayor said",
 *     "Smith, the mayor, said", "Smith, who …, said"), or after it ("…, said the mayor"), or after
 *     "according to";</li>
 * <li>the content is the cue's complement ("said (that) …", "told reporters …", "said: “…”") or what the
 *     attribution closes ("…, the mayor said", "“…,” she said"), a quotation over several sentences or
 *     paragraphs taken whole, and "“A,” she said. “B.”" taken together — see {@link ContentSpans}; "X said
 *     that A and that B" gives two attributions;</li>
 * <li>in a sentence where none of these finds an attribution, the verb, noun or adjective a model trained on PolNeAR
 *     train takes as a cue ({@link CueModel}, {@link ModelCues}: "made the case that …", "persuaded the board that …",
 *     "were adamant that …"), its source and content read as for a lexicon cue (an adjective's source is the subject of
 *     "be"; a noun's the possessor before it); and, in a sentence where they do, a verb the model takes as a cue in another
 *     clause, with a that-clause after it ("…, but union officials countered that …": {@link ModelCues#besides});</li>
 * <li>an attribution inside another's content is the outer speaker's claim ("Ruiz said the two sides had agreed to …"),
 *     unless its cue is a verb of speaking: then it is kept beside the outer one ("Ruiz said Berg announced that …");</li>
 * <li>a paragraph that only quotes, right after an attribution that quoted, goes on with its source
 *     ({@link QuoteContinuations}); pronouns and descriptions are resolved last ({@link Antecedents}).</li>
 * </ul>
 * Thread-safe.
 */
public final class AttributionFinder {

    private final English english;
    private final CueLexicon cues;
    private final boolean learnedCues;

    /** The finder of the standard lexicon and the standard {@link CueModel} (loaded on the first {@link #find}). */
    public AttributionFinder() {
        this(English.shared(), CueLexicon.standard(), true);
    }

    /**
     * @param learnedCues whether the standard {@link CueModel} finds cues in sentences where the rules find none, and beside theirs (loaded on
     *                    the first {@link #find}); false for the rules alone
     */
    public AttributionFinder(English english, CueLexicon cues, boolean learnedCues) {
        this.english = english;
        this.cues = cues;
        this.learnedCues = learnedCues;
    }

    /** The attributions of a text, in order of their content; offsets are UTF-16 indices into {@code text}. */
    public List<Attribution> find(String text) {
        return find(text, english.analyse(text));
    }

    /**
     * Whether the attribution is reported inside another's content ("Ruiz said the two sides had agreed
     * to …"): the claim is the outer speaker's, who reports what others said or agreed. "According to X" set between the
     * subject and its cue of communication ("Merz, according to the Post, criticized …") leaves the claim to the speaker it
     * reports; at its clause's edge ("According to the Post, Ruiz warned that …"), and around a cue of thought, feeling or
     * perception ("Most voters believe …, according to the poll": the believers speak no claim of their own), the claim is X's.
     */
    private boolean nested(String text, Attribution a, List<Attribution> all) {
        for (Attribution o : all) {
            if (o == a) {
                continue;
            }
            if (o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end()
                    && !(o.cue().start() >= a.content().start() && o.cue().end() <= a.content().end())
                    && (!o.cueLemma().equals("according to") || attitude(a.cueLemma()) || !interrupts(o, a)) && !coordinate(text, a, o)) {
                return true;
            }
            if (a.cueLemma().equals("according to") && a.content().start() <= o.cue().start() && o.cue().end() <= a.content().end()
                    && !attitude(o.cueLemma()) && (interrupts(a, o) || o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end())) {
                // "Merz, according to the Post, criticized …": the phrase set between the subject and its verb of saying; "Berg
                // said that, according to the wardens, …": the phrase inside the report's content.
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "according to" attribution o is set between the subject of a and a's cue ("Merz, according to the Post,
     * criticized …"): then the speaker named before it keeps the report of saying.
     */
    private static boolean interrupts(Attribution o, Attribution a) {
        return a.source().isPresent() && a.source().get().start() < o.cue().start() && o.cue().end() <= a.cue().start();
    }

    /**
     * Whether the attribution is reported inside the content of an "according to X" at its clause's edge ("According to the
     * Post, Ruiz warned that …", "…,” Ruiz said, according to the Post."): X reports the report, and the claim is X's, as
     * PolNeAR annotates it (in train's sentences of that shape with a verb of saying, the outer "according to" alone 53
     * times, both 5, the inner verb alone 3: a script outside the repository) and PARC 3.0 nests it (Pareti 2016).
     */
    private static boolean underAccordingTo(Attribution a, List<Attribution> all) {
        for (Attribution o : all) {
            if (o != a && o.cueLemma().equals("according to") && o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end()
                    && !(o.cue().start() >= a.content().start() && o.cue().end() <= a.content().end()) && !interrupts(o, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cues whose source passes on what another source said: "according to", "report", "quote", "cite" (the relaying
     * source of a nested attribution in PARC 3.0, Pareti 2016: "According to the Post, Ruiz warned that …", "…, Ruiz said, the
     * agency reported", "the agency quoted Ruiz as saying …").
     */
    private static final java.util.Set<String> RELAYS = java.util.Set.of("according to", "report", "quote", "cite");

    /**
     * Whether a relaying attribution o holds the whole of a report of speech b in its content, its source, cue and content:
     * "According to the Gazette, Ruiz warned that C", "C, Ruiz said, the agency reported". The content is the innermost
     * source's (PARC 3.0 annotates the inner attribution with its own source, nested in the outer one's content; Pareti 2016):
     * the claim a reader files is Ruiz's, and the outlet or agency only passes it on. PolNeAR annotates the outer
     * attribution alone there (in train and dev, a verb of saying inside the content of "according to", "reported" or "told"
     * 115 times, with the inner one annotated none of them: a script outside the repository), so its Source is the relaying
     * one, which this reading no longer gives (docs/suggestions.md, stop 50). "Merz, according to the Post, criticized …" (the
     * phrase set between the subject and its verb) was the speaker's already.
     */
    private static boolean relays(String text, Attribution o, Attribution b) {
        if (o == b || !RELAYS.contains(o.cueLemma()) || b.source().isEmpty() || interrupts(o, b)
                || InquiryFindings.counted(text.substring(b.source().get().start(), b.source().get().end()))) {
            return false;
        }
        TextSpan c = o.content();
        TextSpan s = b.source().get();
        if (!(c.start() <= s.start() && s.end() <= c.end() && c.start() <= b.cue().start() && b.cue().end() <= c.end()
                && c.start() <= b.content().start() && b.content().start() < c.end())) {
            return false;
        }
        // The inner report is the whole of what the outer one relays: nothing but punctuation before or after it ("According
        // to the Post, Ruiz proposed a levy, but the board has refused": the coordinated clause is the Post's own report; "…, the
        // talks were held apart, with officials relaying messages": the main clause is).
        int innerStart = Math.min(Math.min(b.content().start(), b.cue().start()), s.start());
        int innerEnd = Math.max(Math.max(b.content().end(), b.cue().end()), s.end());
        return punctuation(text, c.start(), innerStart) && punctuation(text, innerEnd, c.end());
    }

    /** Whether the text from {@code from} to {@code to} holds no letter and no digit (empty when {@code to <= from}). */
    private static boolean punctuation(String text, int from, int to) {
        return to <= from || text.substring(from, to).chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * A relayed report's content that runs on over the relaying clause after it ("C, Ruiz said, the agency reported": Ruiz's
     * content read as "C, …, the agency reported") ends where the relaying attribution's content ends.
     */
    private static Attribution withinRelay(String text, Attribution b, List<Attribution> all) {
        for (Attribution o : all) {
            if (relays(text, o, b) && b.content().end() > o.content().end()) {
                // Ruiz's own reporting clause stood inside the content read so: the content ends before it.
                int end = Math.min(o.content().end(), Math.min(b.cue().start(), b.source().get().start()));
                while (end > b.content().start() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                return end <= b.content().start() ? b
                        : new Attribution(new TextSpan(b.content().start(), end), b.source(), b.cue(), b.cueLemma(), b.speaker(), b.kind(), b.reason());
            }
        }
        return b;
    }

    /** Whether the attribution relays a report of speech inside its content ({@link #relays}): it gives way to that report. */
    private boolean relaysSpeech(String text, Attribution o, List<Attribution> all) {
        return RELAYS.contains(o.cueLemma()) && all.stream().anyMatch(b -> relays(text, o, b) && relayable(text, b, all));
    }

    /** Whether a report of speech is relayed by another attribution ({@link #relays}), which gives way to it. */
    private boolean relayed(String text, Attribution b, List<Attribution> all) {
        return all.stream().anyMatch(o -> relays(text, o, b)) && relayable(text, b, all);
    }

    /**
     * Whether a nested attribution is a report of speech that a relaying source can pass on: a verb of communication, not
     * denied, with no indirect question as its content, and no verb of naming (VerbNet 3.4 dub-29.3.2: "could be termed “…”, the Post reported" names something, it
     * reports no statement of the subject's).
     */
    private boolean relayable(String text, Attribution b, List<Attribution> all) {
        return reportedSpeech(text, b) && !denied(b, all) && !cues.names(b.cueLemma())
                && !INDIRECT_QUESTION.matcher(text.substring(b.content().start(), b.content().end())).lookingAt();
    }

    /**
     * What an indirect question opens with ("asked if …", "asked whether …"; Quirk et al. 1985, 15.5: "if" and "whether"
     * open a yes-no question as a clause): a question asserts nothing, so what is on record is that it was asked, the
     * relaying source's account ("According to Berg, Ruiz asked him if the pier could wait").
     */
    private static final java.util.regex.Pattern INDIRECT_QUESTION = java.util.regex.Pattern.compile("(?i)(?:if|whether)\\b");

    /**
     * Whether the attribution's clause is coordinated with the report it stands in, not part of it: its source opens a clause
     * after a semicolon or after a comma and "but", "while", "whereas", "although" or "though" ("Berg said the pier was safe,
     * but the wardens argued that …"). A contrast set off so joins a clause of the writer's to the report (coordination and
     * contrast: Quirk et al. 1985, chapters 13 and 15); the reported clause of "say" and its kin does not run on past it.
     * "According to X" is no such report: an adjunct of the whole sentence, it covers each coordinated clause ("According to
     * the Gazette, Ruiz insisted …, while Berg pushed for …").
     */
    private static boolean coordinate(String text, Attribution a, Attribution o) {
        if (a.source().isEmpty() || a.source().get().start() > a.cue().start() || a.source().get().start() <= o.content().start()
                || o.cueLemma().equals("according to")) {
            return false;
        }
        int s = a.source().get().start();
        return CONTRAST.matcher(text.substring(Math.max(o.content().start(), s - 14), s)).find();
    }

    /** A semicolon, or a comma and a contrasting conjunction, right before a clause's subject. */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile("(?:;|,\\s*(?:but|while|whereas|although|though))\\s+$");

    /**
     * Whether a cue reports no act of saying: no verb of communication in VerbNet 3.4 (class 37) and none in WordNet 3.1 (a
     * first sense other than verb.communication). "Believe", "prefer", "plan", "oppose" report what their subject thinks,
     * wants or does; "criticized", "praised" (verb.communication) report what it said.
     */
    private boolean attitude(String lemma) {
        return !cues.communicates(lemma) && !WordNet.shared().lexicographerFile(lemma, WordNet.Pos.VERB).equals("verb.communication");
    }

    /**
     * Whether a nested attribution is kept beside the one it is reported in: its cue one of VerbNet 3.4's verbs of
     * communication (class 37: {@link CueLexicon#communicates}) and its content no to-infinitive. PARC 3.0 (Pareti 2016) and PolNeAR annotate a nested attribution as a relation of its own: in
     * "the clerk said Berg told the board that the pier was unsafe" Berg's statement stands, as the clerk reports it. What
     * a report says others agreed, intended or went on doing ("said the two sides had agreed to …", "said she would
     * continue to …") stays the outer speaker's claim.
     */
    private boolean reportedSpeech(String text, Attribution a) {
        return cues.communicates(a.cueLemma()) && !text.startsWith("to ", a.content().start()) && !negatedCue(text, a);
    }

    /**
     * A negator between the nested attribution's source and its cue ("the baker never said …", "did not tell …"): the outer
     * report denies the speech act, so no statement of the nested speaker's is reported (Quirk et al. 1985, 10.54-10.58:
     * "not", "n't", "never" negate the verb of their clause).
     */
    private static final java.util.regex.Pattern NEGATOR = java.util.regex.Pattern.compile("(?i)\\b(?:not|never)\\b|n['’]t\\b");

    /**
     * Whether the attribution is reported inside a denial's content ("denied the baker had promised …"): the denial says
     * the speech act did not happen.
     */
    private static boolean denied(Attribution a, List<Attribution> all) {
        return all.stream().anyMatch(o -> o != a && org.claimbench.analysis.language.DenialVerbs.LEMMAS.contains(o.cueLemma())
                && o.content().start() <= a.cue().start() && a.cue().end() <= o.content().end());
    }

    private static boolean negatedCue(String text, Attribution a) {
        int from = a.source().map(TextSpan::end).filter(e -> e <= a.cue().start()).orElse(Math.max(0, a.cue().start() - 24));
        return NEGATOR.matcher(text.substring(from, a.cue().start())).find();
    }

    /** The same on sentences analysed already (by {@link English#analyse(String)} of the same text). */
    public List<Attribution> find(String text, List<AnalysedSentence> analysed) {
        int first = analysed.isEmpty() ? -1 : analysed.get(0).start();
        List<AnalysedSentence> sentences = analysed.stream().map(MiddleInitials::of).map(ClosedClassTags::of).map(AdverbTags::of)
                .map(PerfectAuxiliaries::of).map(InfinitiveTags::of).map(NameTags::of).map(CompoundTitles::of)
                .map(s -> NationalitySubjects.of(s, cues, english))
                .map(s -> HeadlineTags.of(s, cues, english, s.start() == first && Spans.aloneOnLine(text, s.start(), s.end())))
                .map(s -> PremodifiedHeads.of(s, cues, english)).map(s -> VerbTags.ofFinder(s, cues, english))
                .map(s -> CoordinatedHeads.of(s, cues)).map(s -> ReportingClauses.of(s, text, cues, english)).toList();
        Quotations quotes = Quotations.of(text);
        CueModel model = learnedCues ? CueModel.standard() : null;
        List<Attribution> out = new ArrayList<>();
        for (AnalysedSentence s : sentences) {
            int before = out.size();
            new SentenceAttributions(text, s, quotes, cues, english, model).read(out);
            out.subList(before, out.size()).removeIf(a -> ExtraposedSubjects.at(s, a));
            out.addAll(ParentheticalQuotations.find(text, s, quotes));
        }
        out.addAll(QuoteContinuations.find(text, sentences, quotes, out));
        out.sort(Comparator.comparingInt((Attribution a) -> a.content().start()).thenComparingInt(a -> a.cue().start()));
        List<Attribution> distinct = new ArrayList<>(out.size());
        for (Attribution a : out) {
            // One content, one attribution: a quotation reached from two cues is the first one's.
            if (relaysSpeech(text, a, out)) {
                // "According to the Gazette, Ruiz warned that …", "…, Berg said, the agency reported.": the claim is the inner speaker's.
                continue;
            }
            if ((distinct.isEmpty() || !distinct.get(distinct.size() - 1).content().equals(a.content()))
                    && (!nested(text, a, out) || reportedSpeech(text, a) && !denied(a, out) && (!underAccordingTo(a, out) || relayed(text, a, out)))) {
                distinct.add(withinRelay(text, a, out));
            }
        }
        if (sentences.size() > 1 && Spans.aloneOnLine(text, first, sentences.get(0).end())) {
            AnalysedSentence headline = sentences.get(0);
            // A headline (a text's first line, alone on it, with the text going on after it) no rule read: its grammar may still
            // report someone's words ("Mayor: …", "Harbour board urges …").
            if (distinct.stream().noneMatch(a -> a.cue().start() < headline.end() || a.content().start() < headline.end())) {
                HeadlineReports.of(text, headline, quotes, english, cues).ifPresent(a -> distinct.add(0, a));
            }
        }
        return Antecedents.resolve(text, sentences, distinct);
    }
}
