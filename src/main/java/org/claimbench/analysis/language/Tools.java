package org.claimbench.analysis.language;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * One thread's OpenNLP tools over the shared models. The {@code *ME} classes keep per-call state
 * and are not thread-safe, so each thread has its own (they are cheap beside the models).
 */
final class Tools {

    final SentenceDetectorME sentences;
    final FormTokenizer tokens;
    final GreedyTagger tags;
    final LemmaBeam lemmas;
    final GreedyLemmatizer lemma;

    Tools(Models m) {
        sentences = new SentenceDetectorME(m.sentences, Abbreviations.dictionary());
        tokens = new FormTokenizer(new TokenizerME(m.tokens));
        tags = new GreedyTagger(m.tags, m.tagger, m.taggerScores);
        lemmas = new LemmaBeam(m.lemmas, m.lemmatizer);
        lemma = new GreedyLemmatizer(m.lemmas, m.lemmatizer);
    }
}
