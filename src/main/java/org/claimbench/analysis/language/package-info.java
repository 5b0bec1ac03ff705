/**
 * Sentences, tokens, parts of speech and lemmas of English text, from Apache OpenNLP 2.5 and its
 * Universal Dependencies (English Web Treebank) 1.3.0 models. {@link org.claimbench.analysis.language.English}
 * is the one entry point; it knows nothing of claims, sources or the workspace.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 units) into the text passed in, half-open
 * [start, end). Part-of-speech tags are Universal Dependencies UPOS tags ({@code NOUN}, {@code VERB},
 * {@code PROPN} …); the tokenizer keeps some contractions whole and tags them with joined tags
 * ({@code won't} is one token tagged {@code AUX+PART}). Lemmas are lower case.
 */
package org.claimbench.analysis.language;
