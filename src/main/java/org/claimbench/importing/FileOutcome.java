package org.claimbench.importing;

import java.util.Optional;

/** What became of one file of an import: imported, a duplicate of an article already there, or failed. */
public record FileOutcome(String file, Status status, String message, Long articleId) {

    public enum Status { IMPORTED, DUPLICATE, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public Optional<Long> article() {
        return Optional.ofNullable(articleId);
    }

    /** One line for the CLI and the import report: "imported  a.txt: “Title” (article 4)". */
    public String line() {
        return switch (status) {
            case IMPORTED -> "imported  " + message;
            case DUPLICATE -> "duplicate " + message;
            case FAILED -> "failed    " + message;
        };
    }
}
