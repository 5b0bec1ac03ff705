package org.claimbench.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.claimbench.domain.ArticleDraft;

/** An article read from a file or pasted, with the encoding it was read in. */
public record ImportedArticle(ArticleDraft draft, String origin, Charset encoding) {

    /** A remark for the user when the text was not plain UTF-8, e.g. "read as windows-1252". */
    public Optional<String> encodingNote() {
        return encoding.equals(StandardCharsets.UTF_8) || encoding.equals(StandardCharsets.US_ASCII)
                ? Optional.empty() : Optional.of("read as " + encoding.name());
    }
}
