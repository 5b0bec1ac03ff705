package org.claimbench.workspace;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;

/** Undoable edits of articles. */
final class ArticleEdits {

    private ArticleEdits() {
    }

    /** Removes an article with its claims and their contradictions; undo restores every row. */
    static final class Delete implements Edit {
        private final Article article;
        private final String text;
        private final List<Claim> claims;
        private final List<Contradiction> contradictions = new ArrayList<>();
        private final List<org.claimbench.domain.Verdict> verdicts = new ArrayList<>();

        Delete(Article article, String text, List<Claim> claims) {
            this.article = article;
            this.text = text;
            this.claims = List.copyOf(claims);
        }

        @Override
        public String label() {
            return "Remove article " + article.title();
        }

        @Override
        public void apply(Tx tx) throws SQLException {
            contradictions.clear();
            verdicts.clear();
            for (Claim c : claims) {
                contradictions.addAll(tx.state().contradictionsOf(c.id()));
                if (tx.state().verdicts.containsKey(c.id())) {
                    verdicts.add(tx.state().verdicts.get(c.id()));
                }
            }
            tx.deleteArticle(article.id());
        }

        @Override
        public void revert(Tx tx) throws SQLException {
            tx.insertArticle(article, text);
            for (Claim c : claims) {
                tx.insertClaim(c);
            }
            for (Contradiction x : contradictions.stream().distinct().toList()) {
                tx.insertContradiction(x);
            }
            for (org.claimbench.domain.Verdict v : verdicts) {
                tx.putVerdict(v.claimId(), v);
            }
        }
    }
}
