package org.claimbench.workspace;

import java.sql.SQLException;
import java.util.List;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;

/** Undoable edits of sources. */
final class SourceEdits {

    private SourceEdits() {
    }

    static final class Add implements Edit {
        private Source source;

        Add(Source source) {
            this.source = source;
        }

        @Override
        public String label() {
            return "Add source " + source.name();
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            source = tx.insertSource(source);
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            tx.deleteSource(source.id());
        }

        Source source() {
            return source;
        }
    }

    /** Moves every claim of one source to another and removes the first. */
    static final class Merge implements Edit {
        private final Source from;
        private final Source into;
        private final List<Claim> moved;
        private final java.time.Instant now;

        Merge(Source from, Source into, List<Claim> moved, java.time.Instant now) {
            this.from = from;
            this.into = into;
            this.moved = moved;
            this.now = now;
        }

        @Override
        public String label() {
            return "Merge " + from.name() + " into " + into.name();
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            for (Claim c : moved) {
                tx.updateClaim(c.withSource(into.id(), now));
            }
            tx.deleteSource(from.id());
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            tx.insertSource(from);
            for (Claim c : moved) {
                tx.updateClaim(c);
            }
        }
    }
}
